package dev.plantain.planner.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The place nouns the planner turns into settings, and the labels the renderer is given for them. */
class SettingNounsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "white tile floor | 2 | floor | indoors",
                "living room | 0 | living room | indoors",
                "busy streets | 1 | streets | city",
                "table top | 0 | table top | table",
                "sandy beach | 1 | beach | beach",
            })
    void findsThePlaceAtThePhraseEnd(String phrase, int start, String noun, String label) {
        assertThat(SettingNouns.atEnd(List.of(phrase.split(" ")))).hasValue(new SettingNouns.Place(start, noun, label));
    }

    @ParameterizedTest
    @CsvSource({"street lamp", "kitchen knife", "floor lamp", "table"})
    void aThingNamedAfterAPlaceIsNoPlace(String phrase) {
        assertThat(SettingNouns.atEnd(List.of(phrase.split(" ")))).isEmpty();
    }

    @Test
    void everyLabelIsASettingTheSceneWordsRecordOrTheTableSurface() {
        Set<String> known = new HashSet<>(List.of("table"));
        SceneWords.SETTINGS.forEach(p -> known.add(p.label()));
        assertThat(SettingNouns.labels()).isNotEmpty().allMatch(known::contains);
    }
}
