package dev.plantain.art;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English emoji names and keywords shipped from emojibase-data. */
class EmojiNamesTest {

    @ParameterizedTest
    @CsvSource({"red-apple", "hot-dog", "teddy-bear", "poodle", "fire-engine"})
    void cldrNamesAreKnown(String name) {
        assertThat(EmojiNames.english().byName(name)).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"jacket, coat", "kid, child", "kitty, cat-face"})
    void keywordsLeadToTheirEmoji(String keyword, String id) {
        assertThat(EmojiNames.english().byKeyword(keyword)).contains(id);
    }

    @ParameterizedTest
    @CsvSource({"puppy, pleading-face", "usa, flag-united-states"})
    void smileysAndFlagsAreNotThings(String keyword, String id) {
        assertThat(EmojiNames.english().byKeyword(keyword)).doesNotContain(id);
    }

    @ParameterizedTest
    @CsvSource({"'Woman’s Hat', woman-s-hat", "'flag: Japan', flag-japan", "'  OK  ', ok"})
    void labelsBecomeArtStyleIds(String label, String id) {
        assertThat(EmojiNames.idOf(label)).isEqualTo(id);
    }
}
