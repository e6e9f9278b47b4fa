package dev.plantain.verifier;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Levenshtein distance between two texts divided by the longer one's length, after the differences a reader does
 * not care about are removed: Unicode compatibility forms (full-width letters), letter case and whitespace.
 */
final class EditDistance {

    private EditDistance() {}

    /** 0 for the same text, 1 for nothing in common (or one of them empty and the other not). */
    static double normalized(String read, String expected) {
        String a = normal(read);
        String b = normal(expected);
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 0 : levenshtein(a, b) / (double) longer;
    }

    static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .replaceAll("\\s+", "");
    }

    static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
