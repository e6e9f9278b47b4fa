package dev.plantain.ocr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy CTC decoding of the recognition model's per-step class scores: the best class at each step, repeats
 * collapsed, blanks dropped. Class 0 is the CTC blank, classes 1..n the dictionary's lines, and n + 1 a space.
 */
final class CtcDecoder {

    /** A decoded line and the mean score of the characters kept. */
    record Decoded(String text, double confidence) {}

    private final List<String> classes;

    CtcDecoder(List<String> dictionary) {
        classes = new ArrayList<>(dictionary.size() + 2);
        classes.add("");
        classes.addAll(dictionary);
        classes.add(" ");
    }

    static CtcDecoder load(Path dictionary) {
        try {
            return new CtcDecoder(Files.readAllLines(dictionary, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replace("\r", ""))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OCR dictionary " + dictionary, e);
        }
    }

    int classCount() {
        return classes.size();
    }

    /** Decodes the first sequence of a [batch, steps, classes] score tensor. */
    Decoded decode(Tensor scores) {
        int steps = scores.dim(1);
        int n = scores.dim(2);
        if (n != classes.size()) {
            throw new IllegalStateException("the recognition model scores " + n + " classes, the dictionary gives "
                    + classes.size() + ": model and dictionary do not belong together");
        }
        float[] v = scores.values();
        StringBuilder text = new StringBuilder();
        double sum = 0;
        int kept = 0;
        int previous = 0;
        for (int t = 0; t < steps; t++) {
            int best = 0;
            for (int c = 1; c < n; c++) {
                if (v[t * n + c] > v[t * n + best]) {
                    best = c;
                }
            }
            if (best != 0 && best != previous) {
                text.append(classes.get(best));
                sum += v[t * n + best];
                kept++;
            }
            previous = best;
        }
        return new Decoded(text.toString().strip(), kept == 0 ? 0 : sum / kept);
    }
}
