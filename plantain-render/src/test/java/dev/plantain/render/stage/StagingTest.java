package dev.plantain.render.stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import java.util.List;
import org.junit.jupiter.api.Test;

class StagingTest {

    private static final Ink INK = new Ink(ArtLibrary.fluentFlat());

    private static ScenePlan plan(String setting, RelationKind kind, Entity... entities) {
        return ScenePlan.builder("a test scene", 1024, 1024)
                .seed(3)
                .background("white")
                .entities(List.of(entities))
                .relations(kind == null ? List.of() : List.of(new Relation("e1", kind, "e2", null)))
                .setting(setting)
                .build();
    }

    private static Entity entity(String id, String concept, String art, Box box) {
        return new Entity(id, concept, concept, art, 1, null, EntitySize.MEDIUM, List.of(box));
    }

    private static Box ink(ScenePlan plan, String id) {
        Entity e = plan.entity(id).orElseThrow();
        return INK.of(e.artId(), e.instances().get(0));
    }

    @Test
    void aThingOnASupportRestsOnItsTopCentredOverItAndIsDrawnOverIt() {
        ScenePlan planned = plan(
                null,
                RelationKind.ON_TOP_OF,
                entity("e1", "vase", "amphora", new Box(80, 60, 300, 300)),
                entity("e2", "table", "mdi:table-furniture", new Box(560, 600, 300, 300)));

        ScenePlan staged = Staging.apply(planned, INK);

        Box vase = ink(staged, "e1");
        Box table = ink(staged, "e2");
        assertThat(vase.bottom()).isBetween(table.y() - 4, table.y() + table.height() / 5);
        assertThat(vase.centerX()).isBetween((double) table.x(), (double) table.right());
        assertThat(vase.width()).isLessThan(table.width());
        assertThat(staged.entity("e1").orElseThrow().layer())
                .isGreaterThan(staged.entity("e2").orElseThrow().layer());
    }

    @Test
    void aThingInAContainerSitsLowInsideItBehindItsFront() {
        ScenePlan planned = plan(
                null,
                RelationKind.INSIDE,
                entity("e1", "kitten", "cat", new Box(600, 80, 300, 300)),
                entity("e2", "basket", "basket", new Box(100, 600, 300, 300)));

        ScenePlan staged = Staging.apply(planned, INK);

        Box kitten = ink(staged, "e1");
        Box basket = ink(staged, "e2");
        assertThat(kitten.centerX()).isBetween((double) basket.x(), (double) basket.right());
        assertThat(kitten.bottom()).isBetween(basket.y(), basket.bottom());
        assertThat(kitten.width()).isLessThan(basket.width());
        assertThat(staged.entity("e2").orElseThrow().layer())
                .isGreaterThan(staged.entity("e1").orElseThrow().layer());
    }

    @Test
    void thingsWithoutARelationStayWherePlanned() {
        Box box = new Box(100, 100, 200, 200);
        ScenePlan planned = plan(null, null, entity("e1", "vase", "amphora", box));

        assertThat(Staging.apply(planned, INK).entity("e1").orElseThrow().instances())
                .containsExactly(box);
    }

    @Test
    void theComposedEntitiesAreBothEndsOfASupportOrContainment() {
        ScenePlan planned = plan(
                null,
                RelationKind.ON_TOP_OF,
                entity("e1", "apple", "red-apple", new Box(0, 0, 100, 100)),
                entity("e2", "plate", "fork-and-knife-with-plate", new Box(200, 200, 100, 100)));

        assertThat(Staging.composed(planned)).containsExactlyInAnyOrder("e1", "e2");
        assertThat(Staging.composed(
                        plan(null, RelationKind.LEFT_OF, planned.entities().toArray(Entity[]::new))))
                .isEmpty();
    }
}
