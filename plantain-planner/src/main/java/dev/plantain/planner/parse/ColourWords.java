package dev.plantain.planner.parse;

import dev.plantain.plan.Palette;
import java.util.List;

/**
 * Reads palette colour names of one or two words: a colour before a word that may be a noun qualifies it ("a red
 * cake"), one after a linking word is a late colour ("a cake that is red"); otherwise the word may be a noun itself
 * ("an orange").
 */
final class ColourWords {

    private ColourWords() {}

    /** The colour unit starting at {@code at}, or null when the words there are no colour in this position. */
    static Unit at(List<Token> tokens, int at) {
        for (int span = 2; span >= 1; span--) {
            if (at + span > tokens.size() || !allWords(tokens, at, span)) {
                continue;
            }
            String words = span == 2
                    ? tokens.get(at).text() + " " + tokens.get(at + 1).text()
                    : tokens.get(at).text();
            var named = Palette.find(words);
            if (named.isPresent() && contentFollows(tokens, at + span)) {
                return new Unit(Unit.Kind.COLOR, words, 0, named.get().name(), null, null);
            }
            if (named.isPresent()
                    && at > 0
                    && Vocabulary.isLinking(tokens.get(at - 1).text())) {
                return new Unit(Unit.Kind.LATE_COLOR, words, 0, named.get().name(), null, null);
            }
        }
        return null;
    }

    private static boolean contentFollows(List<Token> tokens, int index) {
        if (index >= tokens.size() || tokens.get(index).kind() != Token.Kind.WORD) {
            return false;
        }
        String next = tokens.get(index).text();
        return !Vocabulary.isStop(next) && Vocabulary.count(next).isEmpty();
    }

    private static boolean allWords(List<Token> tokens, int at, int span) {
        for (int i = 0; i < span; i++) {
            if (tokens.get(at + i).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return true;
    }
}
