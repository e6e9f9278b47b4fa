package dev.plantain.planner.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A noun phrase after a linking verb says what the things before it are ("the hat and the ball were the objects of
 * attention"): it describes them and names no thing of its own, so the planner notes it and draws nothing for it. Its
 * "of" complements belong to it ("the symbols of science and nature"); it ends at punctuation, at a relation ("in the
 * museum"), or at a word that opens another clause or phrase ("that", "for", "with"). A linking verb after "there" is
 * no description ("there is a cat"), and neither is one before anything but a determiner ("is red", "is chasing").
 */
final class PredicatePhrase {

    private static final List<List<String>> LINKS = List.of(
            List.of("made", "up"),
            List.of("make", "up"),
            List.of("makes", "up"),
            List.of("served", "as"),
            List.of("serve", "as"),
            List.of("serves", "as"),
            List.of("is"),
            List.of("are"),
            List.of("was"),
            List.of("were"),
            List.of("became"),
            List.of("become"),
            List.of("becomes"),
            List.of("remained"),
            List.of("remain"),
            List.of("remains"));

    private static final Set<String> ADVERBS =
            Set.of("both", "all", "only", "also", "just", "still", "each", "truly", "really", "clearly", "always");
    private static final Set<String> DETERMINERS =
            Set.of("the", "a", "an", "her", "his", "their", "its", "our", "my", "your");
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "for", "with", "to", "from", "by",
            "at", "or", "but", "than", "because", "so");

    /**
     * A description found after a linking verb.
     *
     * @param linkLength how many tokens the linking verb and its adverbs take
     * @param length how many tokens the description takes after them
     * @param text the description's words
     */
    record Found(int linkLength, int length, String text) {}

    private PredicatePhrase() {}

    /** The linking verb and description starting at token {@code at}, if one starts there. */
    static Optional<Found> at(List<Token> tokens, int at) {
        if (at > 0 && tokens.get(at - 1).isWord("there")) {
            return Optional.empty();
        }
        int link = linkLength(tokens, at);
        if (link == 0) {
            return Optional.empty();
        }
        int start = at + link;
        while (start < tokens.size() && isWordIn(tokens.get(start), ADVERBS)) {
            start++;
        }
        if (start >= tokens.size() || !isWordIn(tokens.get(start), DETERMINERS)) {
            return Optional.empty();
        }
        int end = end(tokens, start);
        StringBuilder text = new StringBuilder();
        for (int i = start; i < end; i++) {
            text.append(i > start ? " " : "").append(tokens.get(i).text());
        }
        return Optional.of(new Found(start - at, end - start, text.toString()));
    }

    private static int linkLength(List<Token> tokens, int at) {
        for (List<String> words : LINKS) {
            if (Vocabulary.matches(tokens, at, words)) {
                return words.size();
            }
        }
        return 0;
    }

    /** Where the description from {@code start} ends: its "of" complements included, "and" only within one. */
    private static int end(List<Token> tokens, int start) {
        boolean complement = false;
        int i = start + 1;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            if (token.kind() != Token.Kind.WORD
                    || isWordIn(token, CLAUSE_WORDS)
                    || Vocabulary.relationAt(tokens, i).isPresent()
                    || token.isWord("and") && !(complement && continuesComplement(tokens, i + 1))) {
                return i;
            }
            complement |= token.isWord("of");
            i++;
        }
        return i;
    }

    /** "of science and nature": a bare word after "and" continues the complement; "and the dog" starts a new phrase. */
    private static boolean continuesComplement(List<Token> tokens, int next) {
        return next < tokens.size()
                && tokens.get(next).kind() == Token.Kind.WORD
                && !isWordIn(tokens.get(next), DETERMINERS)
                && Vocabulary.count(tokens.get(next).text()).isEmpty();
    }

    /** A description's own words before any "of" complement, without determiners and adverbs ("objects"). */
    static List<String> headWords(String description) {
        List<String> words = new ArrayList<>();
        for (String word : description.split(" ")) {
            if (word.equals("of")) {
                break;
            }
            if (!DETERMINERS.contains(word)
                    && !ADVERBS.contains(word)
                    && Vocabulary.count(word).isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the token is an article or a possessive ("the", "a", "her"). */
    static boolean isDeterminer(Token token) {
        return isWordIn(token, DETERMINERS);
    }

    private static boolean isWordIn(Token token, Set<String> words) {
        return token.kind() == Token.Kind.WORD && words.contains(token.text());
    }
}
