package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.plan.Entity;
import dev.plantain.plan.ScenePlan;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PromptParsingTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static ScenePlan plan(String prompt) {
        return PLANNER.plan(prompt, 1024, 1024, 1);
    }

    /** Each entity as "count concept art colour size". */
    private static String entities(ScenePlan plan) {
        return plan.entities().stream()
                .map(e -> e.count() + " " + e.concept() + " " + e.artId() + " " + e.color() + " "
                        + e.size().label())
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a photo of a cat | 1 cat cat null medium",
                "an apple | 1 apple red-apple null medium",
                "one dog | 1 dog dog null medium",
                "three apples | 3 apple red-apple null medium",
                "twelve clocks | 12 clock alarm-clock null medium",
                "7 buses | 7 bus bus null medium",
                "twenty mice | 20 mouse mouse null medium",
                "apples | 3 apple red-apple null medium",
                "a red cake and a purple chair | 1 cake birthday-cake red medium; 1 chair chair purple medium",
                "a photo of an orange | 1 orange tangerine null medium",
                "an orange orange | 1 orange tangerine orange medium",
                "a sky blue car | 1 car automobile sky-blue medium",
                "a tiny cat and a huge dog | 1 cat cat null tiny; 1 dog dog null huge",
                "a little bird, a large horse and a giant elephant | 1 bird bird null small; 1 horse horse null big; "
                        + "1 elephant elephant null huge",
                "two brown teddy bears | 2 teddy bear teddy-bear brown medium",
                "a photo of a hot dog and a fire hydrant | 1 hot dog hot-dog null medium; "
                        + "1 fire hydrant mdi:fire-hydrant null medium",
                "four wine glasses and a cell phone | 4 wine glass wine-glass null medium; 1 cell phone mobile-phone null medium",
                "a stop sign next to a traffic light | 1 stop sign stop-sign null medium; "
                        + "1 traffic light vertical-traffic-light null medium",
                "three knives and two sheep | 3 knife kitchen-knife null medium; 2 sheep ewe null medium",
            })
    void readsCountsColoursSizesAndNouns(String prompt, String expected) {
        assertThat(entities(plan(prompt))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a photo of a dog right of a teddy bear | e1 right-of e2",
                "a cat to the left of a dog | e1 left-of e2",
                "a cat left of a dog | e1 left-of e2",
                "a bird above a house | e1 above e2",
                "a cat below a bird | e1 below e2",
                "a cat on top of a car | e1 on-top-of e2",
                "a cat under a table | e1 under e2",
                "a cat next to a dog | e1 next-to e2",
                "a cat beside a dog | e1 next-to e2",
                "a cat left of a dog above a bird | e1 left-of e2, e2 above e3",
            })
    void readsRelations(String prompt, String expected) {
        String relations = plan(prompt).relations().stream()
                .map(r -> r.subject() + " " + r.relation().label() + " " + r.object())
                .collect(Collectors.joining(", "));
        assertThat(relations).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a sign that says \"HELLO\" | HELLO | sign | ''",
                "a banner with the words \"Happy Birthday\" | Happy Birthday | banner | ''",
                "a cat holding a poster that reads \"MEOW\" | MEOW | poster | cat",
                "a dog with the words \"GOOD BOY\" | GOOD BOY | sign | dog",
                "a label saying \u201cjam\u201d next to an apple | jam | label | apple",
            })
    void readsQuotedTextAndItsCarrier(String prompt, String content, String carrier, String concepts) {
        ScenePlan plan = plan(prompt);
        assertThat(plan.texts()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("t1");
            assertThat(t.content()).isEqualTo(content);
            assertThat(t.carrier()).isEqualTo(carrier);
        });
        assertThat(plan.entities().stream().map(Entity::concept).collect(Collectors.joining(" ")))
                .isEqualTo(concepts);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a zorb | zorb | ''",
                "a cat and a glorptwizzle | glorptwizzle | cat",
                "a shimmering chair | shimmering | chair",
                "a zorb next to a dog | zorb | dog",
                "a cat left of | '' | cat",
                "a cat between a house | '' | cat house",
            })
    void listsWhatItCannotDepict(String prompt, String unrenderable, String concepts) {
        ScenePlan plan = plan(prompt);
        assertThat(String.join(", ", plan.unrenderable())).isEqualTo(unrenderable);
        assertThat(plan.entities().stream().map(Entity::concept).collect(Collectors.joining(" ")))
                .isEqualTo(concepts);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "50 apples | count 50 for 'apples' is over the limit of 20",
                "twenty-one cats | count 21 for 'cats' is over the limit of 20",
                "a hundred dogs | count 100 for 'dogs' is over the limit of 20",
            })
    void refusesCountsOverTwenty(String prompt, String message) {
        assertThatThrownBy(() -> plan(prompt))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
