package dev.plantain.bench.truth;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bench-truth}'s figures: the precision of {@code verified} (the share of verified images people accept) and
 * its recall (the share of accepted images verified), overall and per category, over labels whose image is unchanged;
 * the stale labels are listed for relabelling.
 */
final class TruthTable {

    /** Counts for one category. */
    private static final class Row {
        int images;
        int accepted;
        int verified;
        int verifiedAccepted;
    }

    private final Map<String, Row> rows = new TreeMap<>();
    private final List<String> stale = new ArrayList<>();
    private final List<String> wronglyVerified = new ArrayList<>();
    private final List<String> acceptedUnverified = new ArrayList<>();
    private int unlabelled;

    /**
     * Counts one labelled image; where people and the verdict disagree, keeps why: the label's reason for a verified
     * image people did not accept, what the verdict found unmet for an accepted image it did not verify.
     */
    void add(TruthLabels.Label label, boolean verified, String unmet) {
        boolean accepted = label.label().equals("accept");
        add(label.category(), accepted, verified);
        String image = "\"" + label.prompt() + "\" (" + label.category() + "): ";
        if (verified && !accepted) {
            wronglyVerified.add(image + label.label() + ", " + label.reason());
        } else if (accepted && !verified) {
            acceptedUnverified.add(image + unmet);
        }
    }

    void add(String category, boolean accepted, boolean verified) {
        for (String key : List.of(category, "**all**")) {
            Row row = rows.computeIfAbsent(key, k -> new Row());
            row.images++;
            row.accepted += accepted ? 1 : 0;
            row.verified += verified ? 1 : 0;
            row.verifiedAccepted += accepted && verified ? 1 : 0;
        }
    }

    void stale(String prompt, String was, String now) {
        stale.add("\"" + prompt + "\": labelled image " + was + ", now " + now);
    }

    void unlabelled() {
        unlabelled++;
    }

    void print(PrintWriter out) {
        out.println("| category | images | accepted | verified | precision of verified | recall of verified |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        rows.entrySet().stream()
                .sorted((a, b) -> a.getKey().equals("**all**") ? 1 : b.getKey().equals("**all**") ? -1 : 0)
                .forEach(e -> {
                    Row r = e.getValue();
                    out.printf(
                            Locale.ROOT,
                            "| %s | %d | %d | %d | %s | %s |%n",
                            e.getKey(),
                            r.images,
                            r.accepted,
                            r.verified,
                            share(r.verifiedAccepted, r.verified),
                            share(r.verifiedAccepted, r.accepted));
                });
        out.println();
        out.println("Precision goal: at least 95%; recall goal: at least 50%. Unlabelled rows skipped: " + unlabelled
                + ". Stale labels (the engines now draw another image; relabel them by looking): " + stale.size());
        stale.forEach(s -> out.println("  stale: " + s));
        out.println("Verified, but people did not accept (" + wronglyVerified.size() + "):");
        wronglyVerified.forEach(s -> out.println("  " + s));
        out.println("Accepted by people, not verified (" + acceptedUnverified.size() + "):");
        acceptedUnverified.forEach(s -> out.println("  " + s));
    }

    private static String share(int n, int of) {
        return of == 0 ? "-" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * n / of, n, of);
    }
}
