package dev.plantain.planner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.ScenePlan;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Words that name no thing to draw: a description after a linking verb, a verb between two things, and what a "for"
 * phrase names when there is no art for it.
 */
class DescriptionsAndPurposesTest {

    private static final RuleBasedPlanner PLANNER = RuleBasedPlanner.withDefaultArt();

    private static ScenePlan plan(String prompt) {
        return PLANNER.plan(prompt, 1024, 1024, 3);
    }

    private static String nouns(ScenePlan plan) {
        return plan.entities().stream().map(e -> e.count() + " " + e.noun()).collect(Collectors.joining("; "));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The conical hat and the spherical ball were the objects of attention in the magic show."
                        + " | 1 hat; 1 ball | the objects of attention",
                "The spherical globe and the teardrop droplet were the symbols of science and nature."
                        + " | 1 globe; 1 droplet | the symbols of science and nature",
                "The red apples and the green pears made up the fruit display. | 3 apples; 3 pears | the fruit display",
                "The diamond ring and the teardrop necklace were the precious gifts from her beloved."
                        + " | 1 ring; 1 necklace; 1 beloved | the precious gifts",
            })
    void aDescriptionAfterALinkingVerbIsNotedNotDrawn(String prompt, String expected, String description) {
        ScenePlan plan = plan(prompt);
        assertThat(nouns(plan)).isEqualTo(expected);
        assertThat(plan.notDepicted()).anyMatch(note -> note.startsWith(description + ": describes"));
        assertThat(String.join(" ", plan.unrenderable())).doesNotContain(description.split(" "));
    }

    @Test
    void whatFollowsADescriptionIsNotBoundToTheThingBeforeTheVerb() {
        ScenePlan plan = plan("The triangular wedge and the round brick were the only pieces left in the box.");
        assertThat(plan.relations()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "there is a cat next to a dog | 1 cat; 1 dog",
                "This is a photo of two cats. | 2 cats",
                "It is a sunny day with a dog and a ball. | 1 dog; 1 ball",
                "a dog is chasing a ball | 1 dog; 1 ball",
                "a dog that is a puppy and a cat | 1 dog; 1 cat",
                "a bicycle is next to a car | 1 bicycle; 1 car",
            })
    void aLinkingVerbBeforeAThingOrARelationIsNoDescription(String prompt, String expected) {
        assertThat(nouns(plan(prompt))).isEqualTo(expected);
    }

    @Test
    void aColourAfterALinkingVerbStillColoursTheThing() {
        assertThat(plan("a cake that is red").entities().get(0).color()).isEqualTo("red");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The wooden spoon and metallic ladle serve the soup in the plastic bowl. | 1 wooden spoon; 1 ladle;"
                        + " 1 soup; 1 bowl",
                "The glass vase and metallic spoon display the flowers. | 1 vase; 1 spoon; 3 flowers",
                "a chicken, four birds, and four microphones sang a lively tune | 1 chicken; 4 birds; 4 microphones",
            })
    void aVerbBetweenTwoThingsIsNeitherOfThem(String prompt, String expected) {
        ScenePlan plan = plan(prompt);
        assertThat(nouns(plan)).isEqualTo(expected);
        assertThat(plan.unrenderable()).doesNotContain("serve", "display", "sang");
    }

    @Test
    void aPurposeWithoutArtIsNotedAndOneWithArtIsDrawn() {
        ScenePlan picnic = plan("six people gathered for a picnic");
        assertThat(picnic.unrenderable()).doesNotContain("picnic");
        assertThat(picnic.notDepicted()).contains("for picnic: a purpose, not required in the picture; no art for it");

        assertThat(nouns(plan("a bowl of food for the dog"))).endsWith("1 dog");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "a cat on the windowsill | table",
                "vases on the mantelpiece | table",
                "three clocks and a book filled the study | indoors",
                "a ball in math class | indoors",
            })
    void roomsAndLedgesAreSettings(String prompt, String setting) {
        assertThat(plan(prompt).setting()).isEqualTo(setting);
    }
}
