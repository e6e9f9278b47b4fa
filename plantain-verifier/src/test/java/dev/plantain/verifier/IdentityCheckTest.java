package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentityCheckTest {

    private static final PixelVerifier VERIFIER = new PixelVerifier();

    static Stream<Arguments> swaps() {
        return Stream.of(
                Arguments.of(new Thing("apple", "red-apple", "red"), "banana"),
                Arguments.of(new Thing("car", "automobile", "blue"), "dog"),
                Arguments.of(new Thing("cat", "cat", "orange"), "tulip"),
                Arguments.of(new Thing("banana", "banana", "yellow"), "red-apple"),
                Arguments.of(new Thing("dog", "dog", "brown"), "automobile"));
    }

    @ParameterizedTest(name = "{0} drawn as {1}")
    @MethodSource("swaps")
    void otherArtWhereAnEntityIsPlannedFailsTheTemplateCheckOnly(Thing planned, String drawnArt) {
        ScenePlan plan = Scenes.twoLeftOfOne(planned, new Thing("tulip", "tulip", null));
        Entity e1 = plan.entities().get(0);
        ScenePlan drawn = plan.withEntities(List.of(
                new Entity(
                        e1.id(), e1.noun(), e1.concept(), drawnArt, e1.count(), e1.color(), e1.size(), e1.instances()),
                plan.entities().get(1)));

        List<CheckResult> checks =
                VERIFIER.verify(ScenePainter.paint(drawn), plan).checks();

        CheckResult identity = result(checks, "identity:e1");
        assertThat(identity.status()).as(identity.measured()).isEqualTo(CheckStatus.FAILED);
        assertThat(identity.measured()).startsWith("same-style template check: the " + planned.concept());
        assertThat(result(checks, "count:e1").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(result(checks, "identity:e2").status()).isEqualTo(CheckStatus.PASSED);
    }

    private static CheckResult result(List<CheckResult> checks, String id) {
        return checks.stream().filter(c -> c.checkId().equals(id)).findFirst().orElseThrow();
    }
}
