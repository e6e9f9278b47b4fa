package dev.plantain.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan JSON's {@code drawOrder}: written for an entity in front of another, left out otherwise. */
class EntityDrawOrderJsonTest {

    @Test
    void anEntityInFrontCarriesItsDrawOrderAndReadsBack() {
        Entity front = entity(1);

        String json = Json.write(front);

        assertThat(json).contains("\"drawOrder\"");
        assertThat(Json.read(json, Entity.class)).isEqualTo(front);
        assertThat(Json.read(json, Entity.class).layer()).isEqualTo(1);
    }

    @Test
    void anEntityInTheFirstOrderLeavesTheFieldOutAndOlderPlansReadTheSame() {
        String json = Json.write(entity(0));

        assertThat(json).doesNotContain("drawOrder");
        Entity read = Json.read(json, Entity.class);
        assertThat(read.drawOrder()).isNull();
        assertThat(read.layer()).isZero();
    }

    private static Entity entity(int drawOrder) {
        return new Entity(
                "e1", "cat", "cat", "cat", 1, null, EntitySize.MEDIUM, List.of(new Box(10, 20, 30, 40)), drawOrder);
    }
}
