package dev.plantain.diffusion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipTokenizerTest {

    // Fixture ids: letters 0-25, letters ending a word 26-51, ca 52, cat</w> 53, do 54, dog</w> 55, re 56,
    // red</w> 57, ,</w> 58, 1</w> 59, <|startoftext|> 60, <|endoftext|> 61, ! 62.
    private static final int START = 60;
    private static final int END = 61;

    @TempDir
    Path dir;

    private ClipTokenizer tokenizer() {
        FixtureExport.write(dir);
        return ClipTokenizer.load(dir.resolve("tokenizer"));
    }

    @Test
    void framesMergedWordsWithStartAndEndAndPadsWithTheEndToken() {
        long[] ids = tokenizer().encode("A  red\tCAT");

        assertThat(ids).hasSize(77);
        assertThat(Arrays.copyOf(ids, 5)).containsExactly(START, 26, 57, 53, END);
        assertThat(Arrays.copyOfRange(ids, 5, 77)).containsOnly(END);
    }

    @Test
    void mergesOnlyWhereTheRankedPairsApply() {
        // "dogs": d o -> do; "do g" is not a merge (g does not end the word); s ends it.
        // "cat," : the comma is a word of its own.
        assertThat(Arrays.copyOf(tokenizer().encode("dogs cat, 1"), 8))
                .containsExactly(START, 54, 6, 44, 53, 58, 59, END);
    }

    @Test
    void unknownPiecesBecomeTheEndToken() {
        // é is two UTF-8 bytes, mapped to two characters the vocabulary does not hold.
        assertThat(Arrays.copyOf(tokenizer().encode("é"), 4)).containsExactly(START, END, END, END);
    }

    @Test
    void truncatesToSeventyFivePiecesBetweenStartAndEnd() {
        String hundredWords = IntStream.range(0, 100).mapToObj(i -> "a").collect(Collectors.joining(" "));

        long[] ids = tokenizer().encode(hundredWords);

        assertThat(ids[0]).isEqualTo(START);
        assertThat(Arrays.copyOfRange(ids, 1, 76)).containsOnly(26);
        assertThat(ids[76]).isEqualTo(END);
    }

    @Test
    void padsWithTheExportsPadTokenWhenItNamesOne() throws Exception {
        tokenizer();
        java.nio.file.Files.writeString(
                dir.resolve("tokenizer/special_tokens_map.json"), "{\"pad_token\": {\"content\": \"!\"}}");

        long[] ids = ClipTokenizer.load(dir.resolve("tokenizer")).encode("cat");

        assertThat(Arrays.copyOf(ids, 4)).containsExactly(START, 53, END, 62);
    }
}
