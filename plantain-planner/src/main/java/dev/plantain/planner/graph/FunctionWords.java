package dev.plantain.planner.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The checked-in list of function words ({@code planner/function-words.txt}): articles, pronouns, prepositions,
 * conjunctions, auxiliaries and the like, which carry no content of their own. Every other word of a prompt is a
 * content word that the scene graph must cover.
 */
public final class FunctionWords {

    private static final String RESOURCE = "/planner/function-words.txt";
    private static final Set<String> WORDS = load();

    private FunctionWords() {}

    public static boolean contains(String word) {
        return WORDS.contains(word);
    }

    /** Whether a token is a content word: a word (letters or digits) not on the list. */
    public static boolean isContent(String token) {
        return !token.isEmpty()
                && token.codePoints().anyMatch(Character::isLetterOrDigit)
                && !token.contains(" ")
                && !WORDS.contains(token);
    }

    private static Set<String> load() {
        try (InputStream in = FunctionWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Set<String> words = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
