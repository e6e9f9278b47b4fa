package dev.plantain.bench;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.CheckKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The GenEval benchmark's table: per tag, prompts, drafts passed, finals passed, refine rounds and time per prompt;
 * then, for the final images that still fail, which kinds of check and of prompt atom they fail, with the first example
 * of each.
 */
final class GenEvalTable {

    /** One tag's counts; the times are milliseconds per prompt. */
    private static final class Row {
        int prompts;
        int drafts;
        int finals;
        int rounds;
        final List<Long> millis = new ArrayList<>();
    }

    /** The final images failing one kind of check: how many, and the first one's prompt and measurement. */
    private static final class Misses {
        int prompts;
        String example;
    }

    private final Map<String, Row> rows = new TreeMap<>();
    private final Map<CheckKind, Misses> misses = new EnumMap<>(CheckKind.class);
    private final Map<String, Misses> atomMisses = new TreeMap<>();

    /** Counts the kinds of check a final image failed (each kind once per prompt); null when it has no report. */
    void unmet(String prompt, VerificationReport finalReport) {
        if (finalReport == null) {
            return;
        }
        finalReport.unmet().stream()
                .collect(Collectors.toMap(CheckResult::kind, c -> c, (a, b) -> a, () -> new EnumMap<>(CheckKind.class)))
                .forEach((kind, check) -> {
                    Misses m = misses.computeIfAbsent(kind, k -> new Misses());
                    m.prompts++;
                    if (m.example == null) {
                        m.example = "\"" + prompt + "\": " + check.measured();
                    }
                });
        finalReport.unmetAtoms().stream()
                .collect(Collectors.toMap(
                        a -> a.kind().label() + " " + a.status().label(), a -> a, (a, b) -> a))
                .forEach((key, atom) -> {
                    Misses m = atomMisses.computeIfAbsent(key, k -> new Misses());
                    m.prompts++;
                    if (m.example == null) {
                        m.example = "\"" + prompt + "\": " + atom.statement() + " (" + atom.evidence() + ")";
                    }
                });
    }

    /**
     * Whether an image meets GenEval's own criteria: its objects, counts, colours and positions, that is no check
     * failed and every atom passed but the scene-wide ones. GenEval's prompts all read "a photo of ...", and its
     * detector never judges that look; the verdict does ({@code verified} needs a photograph, which the built-in
     * engines' flat art is not), so the benchmark leaves it out, and says so.
     */
    static boolean criteriaMet(VerificationReport report) {
        return report.unmet().isEmpty()
                && report.atoms().stream()
                        .filter(a -> a.kind() != AtomKind.GLOBAL)
                        .allMatch(AtomResult::passed);
    }

    /** Counts one prompt of a tag: whether its draft and its final image passed, rounds used and time taken. */
    void add(String tag, boolean draftPassed, boolean finalPassed, int rounds, long millis) {
        Row row = rows.computeIfAbsent(tag, k -> new Row());
        row.prompts++;
        row.drafts += draftPassed ? 1 : 0;
        row.finals += finalPassed ? 1 : 0;
        row.rounds += rounds;
        row.millis.add(millis);
    }

    /** @param timeHeader what the time column measures */
    void print(PrintWriter out, int maxRounds, String timeHeader) {
        out.println(
                "GenEval's criteria (objects, counts, colours, positions) met, as its detector would judge them; the"
                        + " photo look its prompts name is not among them and is not verified from pixels.");
        out.println("| GenEval tag | prompts | draft meets them | after verify-refine (max " + maxRounds + " rounds) "
                + "| rounds used | " + timeHeader + " |");
        out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
        Row all = new Row();
        rows.forEach((tag, row) -> {
            print(out, tag, row);
            all.prompts += row.prompts;
            all.drafts += row.drafts;
            all.finals += row.finals;
            all.rounds += row.rounds;
            all.millis.addAll(row.millis);
        });
        print(out, "**all**", all);
        if (!misses.isEmpty()) {
            out.println();
            out.println("Final images that still fail, by kind of check (a prompt counts once per kind):");
            out.println("| check | prompts | first example |");
            out.println("| --- | ---: | --- |");
            misses.forEach((kind, m) ->
                    out.printf(java.util.Locale.ROOT, "| %s | %d | %s |%n", kind.label(), m.prompts, m.example));
        }
        if (!atomMisses.isEmpty()) {
            out.println();
            out.println(
                    "Final images with prompt atoms not shown, by kind of atom and status (a prompt counts once per row):");
            out.println("| atom | prompts | first example |");
            out.println("| --- | ---: | --- |");
            atomMisses.forEach(
                    (key, m) -> out.printf(java.util.Locale.ROOT, "| %s | %d | %s |%n", key, m.prompts, m.example));
        }
    }

    private static void print(PrintWriter out, String tag, Row t) {
        out.printf(
                java.util.Locale.ROOT,
                "| %s | %d | %.1f%% | %.1f%% | %d | %.2f s |%n",
                tag,
                t.prompts,
                pct(t.drafts, t.prompts),
                pct(t.finals, t.prompts),
                t.rounds,
                median(t.millis) / 1000.0);
    }

    private static double pct(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    private static long median(List<Long> millis) {
        if (millis.isEmpty()) {
            return 0;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
