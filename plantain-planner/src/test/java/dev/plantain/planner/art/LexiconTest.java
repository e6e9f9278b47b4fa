package dev.plantain.planner.art;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.art.ArtLibrary;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconTest {

    private static final Lexicon LEXICON = new Lexicon(ArtLibrary.fluentFlat());

    @ParameterizedTest
    @CsvSource({
        "cat, cat, cat, false",
        "apple, apple, red-apple, false",
        "apples, apple, red-apple, true",
        "car, car, automobile, false",
        "buses, bus, bus, true",
        "knives, knife, kitchen-knife, true",
        "mice, mouse, mouse, true",
        "sheep, sheep, ewe, false",
        "teddy bear, teddy bear, teddy-bear, false",
        "teddy bears, teddy bear, teddy-bear, true",
        "hot dog, hot dog, hot-dog, false",
        "parking meter, parking meter, fuel-pump, false",
        "stop sign, stop sign, stop-sign, false",
        "traffic light, traffic light, vertical-traffic-light, false",
        "cell phone, cell phone, mobile-phone, false",
        "wine glass, wine glass, wine-glass, false",
        "wine glasses, wine glass, wine-glass, true",
        "tv, tv, television, false",
        "skis, skis, skis, false",
        "people, person, person, true",
        "fire engine, fire engine, fire-engine, false",
        "swan, swan, swan, false",
        "tube, tube, test-tube, false",
        "knife, knife, kitchen-knife, false",
    })
    void mapsNounsToArt(String noun, String concept, String artId, boolean plural) {
        assertThat(LEXICON.resolve(List.of(noun.split(" ")), false))
                .contains(new Lexicon.Match(concept, artId, plural));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zorb", "quux", "wooden"})
    void findsNoArtForUnknownWords(String noun) {
        assertThat(LEXICON.resolve(List.of(noun), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sign", "light", "hand", "walking", "tower", "tray", "machine"})
    void refusesArtWhoseNameEndsWithTheNounButShowsAnotherThing(String noun) {
        assertThat(LEXICON.resolve(List.of(noun), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"skier", "farmer", "cook", "firefighter"})
    void neverPicksSkinToneVariants(String noun) {
        assertThat(LEXICON.resolve(List.of(noun), false))
                .hasValueSatisfying(m -> assertThat(m.artId())
                        .doesNotEndWith("-light")
                        .doesNotEndWith("-dark")
                        .doesNotEndWith("-medium"));
    }

    @ParameterizedTest
    @CsvSource({"books, 3, book, closed-book", "glasses, 2, glass, wine-glass"})
    void readsPluralsFirstWhenCountedMany(String noun, int count, String concept, String artId) {
        assertThat(LEXICON.resolve(List.of(noun), count > 1)).contains(new Lexicon.Match(concept, artId, true));
    }
}
