package dev.plantain.planner.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt token: a lower-case word, a quoted text kept as written, or a punctuation mark. Words written in capitals
 * right after a word that introduces text ("the word LOVE", "says HELLO") read as a quote, as if quoted.
 */
record Token(Kind kind, String text, boolean capitals) {

    Token(Kind kind, String text) {
        this(kind, text, false);
    }

    /** What a token is. */
    enum Kind {
        WORD,
        QUOTE,
        MARK
    }

    private static final Pattern PATTERN = Pattern.compile(
            "\"([^\"]*)\"|\u201c([^\u201d]*)\u201d|([\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*)|([,.;:!?()])");

    private static final Set<String> TEXT_CUES =
            Set.of("word", "words", "says", "say", "saying", "reads", "read", "reading", "spelling", "spells");

    /** Splits a prompt into tokens; possessive endings are dropped ("dog's" is "dog"). */
    static List<Token> split(String prompt) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = PATTERN.matcher(prompt);
        while (m.find()) {
            if (m.group(1) != null || m.group(2) != null) {
                String quoted = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                tokens.add(new Token(Kind.QUOTE, quoted));
            } else if (m.group(3) != null && allCapitals(m.group(3)) && follows(tokens)) {
                addCapitals(tokens, m.group(3));
            } else if (m.group(3) != null) {
                String word = m.group(3).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                tokens.add(new Token(Kind.WORD, word.endsWith("'s") ? word.substring(0, word.length() - 2) : word));
            } else {
                tokens.add(new Token(Kind.MARK, m.group(4)));
            }
        }
        return tokens;
    }

    /** True for a word of two or more letters, all capitals. */
    private static boolean allCapitals(String word) {
        return word.codePoints().filter(Character::isLetter).count() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** True when the last token cues text, or is itself capitals read as text (so "GOOD BOY" is one quote). */
    private static boolean follows(List<Token> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.kind == Kind.WORD && TEXT_CUES.contains(last.text) || last.kind == Kind.QUOTE && last.capitals;
    }

    private static void addCapitals(List<Token> tokens, String word) {
        Token last = tokens.get(tokens.size() - 1);
        if (last.kind == Kind.QUOTE && last.capitals) {
            tokens.set(tokens.size() - 1, new Token(Kind.QUOTE, last.text + " " + word, true));
        } else {
            tokens.add(new Token(Kind.QUOTE, word, true));
        }
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }
}
