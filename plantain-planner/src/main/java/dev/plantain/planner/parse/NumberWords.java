package dev.plantain.planner.parse;

import java.util.List;
import java.util.OptionalInt;

/**
 * Counts written in several words, read as digits are: "three hundred" is 300, "twenty five" 25, "a dozen" 12, "two
 * dozen" 24, "one thousand" 1000, "a hundred and twenty" 120. One-word counts are {@link Vocabulary#count}'s.
 */
final class NumberWords {

    /** A count and how many tokens spell it. */
    record Spelled(int value, int length) {}

    private NumberWords() {}

    /** The count spelled from token {@code at} over two or more words, if there is one. */
    static java.util.Optional<Spelled> at(List<Token> tokens, int at) {
        OptionalInt first = word(tokens, at);
        if (first.isEmpty()) {
            return java.util.Optional.empty();
        }
        long value = first.getAsInt();
        int length = 1;
        while (true) {
            int next = at + length;
            String word = next < tokens.size() && tokens.get(next).kind() == Token.Kind.WORD
                    ? tokens.get(next).text()
                    : "";
            long multiplier = multiplier(word);
            if (multiplier > 0) {
                value = value % 1000 == value ? value * multiplier : value + multiplier;
                length++;
            } else if (word.equals("and")
                    && value >= 100
                    && small(tokens, next + 1).isPresent()) {
                value += small(tokens, next + 1).getAsInt();
                length += 2;
            } else if (value >= 20
                    && value < 100
                    && value % 10 == 0
                    && unit(word).isPresent()) {
                value += unit(word).getAsInt();
                length++;
            } else {
                break;
            }
        }
        if (length < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Spelled((int) Math.min(Integer.MAX_VALUE, value), length));
    }

    private static long multiplier(String word) {
        return switch (word) {
            case "dozen" -> 12;
            case "hundred" -> 100;
            case "thousand" -> 1000;
            case "million" -> 1_000_000;
            default -> 0;
        };
    }

    private static OptionalInt word(List<Token> tokens, int at) {
        if (at >= tokens.size() || tokens.get(at).kind() != Token.Kind.WORD) {
            return OptionalInt.empty();
        }
        String word = tokens.get(at).text();
        return multiplier(word) > 0 ? OptionalInt.empty() : Vocabulary.count(word);
    }

    private static OptionalInt small(List<Token> tokens, int at) {
        OptionalInt n = word(tokens, at);
        return n.isPresent() && n.getAsInt() < 100 && !tokens.get(at).text().startsWith("a") ? n : OptionalInt.empty();
    }

    private static OptionalInt unit(String word) {
        OptionalInt n = word.isEmpty() ? OptionalInt.empty() : Vocabulary.count(word);
        return n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= 9 && !word.startsWith("a")
                ? n
                : OptionalInt.empty();
    }
}
