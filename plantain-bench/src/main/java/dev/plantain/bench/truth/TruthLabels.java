package dev.plantain.bench.truth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labels file of {@code bench-truth}: one final image a person judged by looking, a line, tab-separated, with a
 * header: {@code source, category, prompt, seed, resolution, digest, label, reason}. The digest is the SHA-256 of the
 * final image's PNG bytes (the blob store's key), so a label counts only while the engines still draw that image;
 * the label is {@code accept}, {@code weak} or {@code reject} ({@code ../shared/JUDGING.md}), blank while unlabelled.
 */
final class TruthLabels {

    static final String HEADER = "source\tcategory\tprompt\tseed\tresolution\tdigest\tlabel\treason";
    static final Set<String> LABELS = Set.of("accept", "weak", "reject");

    /** One labelled (or blank) image. */
    record Label(
            String source,
            String category,
            String prompt,
            long seed,
            String resolution,
            String digest,
            String label,
            String reason) {

        Label {
            if (!label.isEmpty() && !LABELS.contains(label)) {
                throw new IllegalArgumentException(
                        "label must be accept, weak or reject (or blank), was '" + label + "'");
            }
            if (prompt.contains("\t") || reason.contains("\t")) {
                throw new IllegalArgumentException("a prompt or reason may not contain a tab");
            }
        }

        boolean labelled() {
            return !label.isEmpty();
        }

        String line() {
            return String.join("\t", source, category, prompt, Long.toString(seed), resolution, digest, label, reason);
        }
    }

    private TruthLabels() {}

    static List<Label> read(Path file) throws IOException {
        List<Label> labels = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IllegalArgumentException(file + ": the first line must be the header: " + HEADER);
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != 8) {
                throw new IllegalArgumentException(
                        file + " line " + (i + 1) + ": 8 tab-separated fields expected, found " + f.length);
            }
            labels.add(new Label(f[0], f[1], f[2], Long.parseLong(f[3]), f[4], f[5], f[6].strip(), f[7].strip()));
        }
        return labels;
    }

    static void write(Path file, List<Label> labels) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        labels.forEach(l -> lines.add(l.line()));
        Files.write(file, lines);
    }
}
