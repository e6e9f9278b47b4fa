package dev.plantain.planner.parse;

import dev.plantain.plan.EntitySize;
import dev.plantain.plan.RelationKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The closed word classes of the planner's English: counts, sizes, relation phrases, and stop words; carriers are {@link Carriers}. */
final class Vocabulary {

    /** A relation phrase as its words. */
    record RelationPhrase(List<String> words, RelationKind kind) {

        /** "in" (inside) or "on" (on top of) alone: a relation only before a determiner, not in "dressed in red". */
        boolean bare() {
            return words.size() == 1
                    && (words.get(0).equals("in") || words.get(0).equals("on"));
        }
    }

    /** Longest phrases first, so "to the left of" wins over "left of". */
    static final List<RelationPhrase> RELATIONS = List.of(
            phrase(RelationKind.LEFT_OF, "to the left of"),
            phrase(RelationKind.RIGHT_OF, "to the right of"),
            phrase(RelationKind.LEFT_OF, "on the left of"),
            phrase(RelationKind.RIGHT_OF, "on the right of"),
            phrase(RelationKind.ON_TOP_OF, "on the top of"),
            phrase(RelationKind.ON_TOP_OF, "on top of"),
            phrase(RelationKind.IN_FRONT_OF, "in front of"),
            phrase(RelationKind.LEFT_OF, "left of"),
            phrase(RelationKind.RIGHT_OF, "right of"),
            phrase(RelationKind.NEXT_TO, "next to"),
            phrase(RelationKind.NEXT_TO, "close to"),
            phrase(RelationKind.ABOVE, "above"),
            phrase(RelationKind.ABOVE, "over"),
            phrase(RelationKind.BELOW, "below"),
            phrase(RelationKind.BELOW, "beneath"),
            phrase(RelationKind.BELOW, "underneath"),
            phrase(RelationKind.UNDER, "under"),
            phrase(RelationKind.NEXT_TO, "beside"),
            phrase(RelationKind.NEXT_TO, "near"),
            phrase(RelationKind.BEHIND, "behind"),
            phrase(RelationKind.BEHIND, "hidden by"),
            phrase(RelationKind.BEHIND, "obscured by"),
            phrase(RelationKind.INSIDE, "inside of"),
            phrase(RelationKind.INSIDE, "inside"),
            phrase(RelationKind.INSIDE, "within"),
            phrase(RelationKind.BETWEEN, "in between"),
            phrase(RelationKind.INSIDE, "in"),
            phrase(RelationKind.ON_TOP_OF, "on"),
            phrase(RelationKind.BETWEEN, "between"));

    private static final Set<String> LINKING =
            Set.of("is", "are", "was", "were", "colored", "coloured", "painted", "all", "entirely");

    private static final Map<String, EntitySize> SIZES = Map.of(
            "tiny", EntitySize.TINY,
            "small", EntitySize.SMALL,
            "little", EntitySize.SMALL,
            "big", EntitySize.BIG,
            "large", EntitySize.BIG,
            "huge", EntitySize.HUGE,
            "giant", EntitySize.HUGE,
            "enormous", EntitySize.HUGE);

    private static final List<String> UNITS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");

    private static final List<String> TENS =
            List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    private Vocabulary() {}

    private static RelationPhrase phrase(RelationKind kind, String words) {
        return new RelationPhrase(List.of(words.split(" ")), kind);
    }

    /** The relation phrase starting at token {@code at}, longest first; bare "in" and "on" only before a determiner. */
    static Optional<RelationPhrase> relationAt(List<Token> tokens, int at) {
        for (RelationPhrase phrase : RELATIONS) {
            if (matches(tokens, at, phrase.words()) && (!phrase.bare() || articleAt(tokens, at + 1))) {
                return Optional.of(phrase);
            }
        }
        return Optional.empty();
    }

    /** Whether the tokens from {@code at} are these words. */
    static boolean matches(List<Token> tokens, int at, List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(at + i).isWord(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token at {@code at} is a count ("a", "two") or "the". */
    static boolean articleAt(List<Token> tokens, int at) {
        return at < tokens.size()
                && (count(tokens.get(at).text()).isPresent() || tokens.get(at).isWord("the"));
    }

    static boolean isStop(String word) {
        return StopWords.contains(word);
    }

    /** Whether a word links a noun to a colour after it ("a cake that is red"). */
    static boolean isLinking(String word) {
        return LINKING.contains(word);
    }

    static EntitySize size(String word) {
        return SIZES.get(word);
    }

    /** The count a word spells ("a", "three", "12", "twenty-one"), if it is one. */
    static OptionalInt count(String word) {
        if (word.equals("a") || word.equals("an")) {
            return OptionalInt.of(1);
        }
        if (word.equals("dozen")) {
            return OptionalInt.of(12);
        }
        if (word.equals("hundred")) {
            return OptionalInt.of(100);
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return word.length() > 6 ? OptionalInt.of(Integer.MAX_VALUE) : OptionalInt.of(Integer.parseInt(word));
        }
        int unit = UNITS.indexOf(word);
        if (unit >= 0) {
            return OptionalInt.of(unit);
        }
        String[] parts = word.split("-", 2);
        int tens = TENS.indexOf(parts[0]);
        if (tens < 2) {
            return OptionalInt.empty();
        }
        int rest = parts.length == 2 ? UNITS.indexOf(parts[1]) : 0;
        return rest < 0 || rest > 9 ? OptionalInt.empty() : OptionalInt.of(tens * 10 + rest);
    }
}
