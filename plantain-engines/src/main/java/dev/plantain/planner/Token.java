package dev.plantain.planner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A prompt token: a lower-case word, a quoted text kept as written, or a punctuation mark. */
record Token(Kind kind, String text) {

    /** What a token is. */
    enum Kind {
        WORD,
        QUOTE,
        MARK
    }

    private static final Pattern PATTERN = Pattern.compile(
            "\"([^\"]*)\"|\u201c([^\u201d]*)\u201d|([\\p{L}\\p{N}]+(?:[-'\u2019][\\p{L}\\p{N}]+)*)|([,.;:!?()])");

    /** Splits a prompt into tokens; possessive endings are dropped ("dog's" is "dog"). */
    static List<Token> split(String prompt) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = PATTERN.matcher(prompt);
        while (m.find()) {
            if (m.group(1) != null || m.group(2) != null) {
                String quoted = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                tokens.add(new Token(Kind.QUOTE, quoted));
            } else if (m.group(3) != null) {
                String word = m.group(3).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
                tokens.add(new Token(Kind.WORD, word.endsWith("'s") ? word.substring(0, word.length() - 2) : word));
            } else {
                tokens.add(new Token(Kind.MARK, m.group(4)));
            }
        }
        return tokens;
    }

    boolean isWord(String word) {
        return kind == Kind.WORD && text.equals(word);
    }
}
