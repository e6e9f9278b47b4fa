package dev.plantain.cli;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.Json;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.ScenePlan;
import dev.plantain.planner.ScenePlanner;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.verifier.ImageVerifier;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The headline: how often the single-pass draft of a GenEval prompt passes verification, against the image after the
 * verify-refine loop, per GenEval tag. The engines run in-process, the same code the services wire; "passes" is this
 * verifier's judgement of the plan's checks, not GenEval's own detector-based score.
 */
final class GenEvalBench {

    /** One line of GenEval's metadata: the tag and the prompt (its detector fields are not used). */
    record Prompt(String tag, String prompt) {}

    /** Per tag: prompts, drafts passed, finals passed, refine rounds used in all. */
    private final Map<String, int[]> tally = new TreeMap<>();

    private final ScenePlanner planner;
    private final DraftRenderer renderer;
    private final ImageVerifier verifier;
    private final ImageRefiner refiner;
    private final boolean pixelChecks;

    /** @param pixelChecks add clipping, contrast and template checks to every plan, as a planner could */
    GenEvalBench(
            ScenePlanner planner,
            DraftRenderer renderer,
            ImageVerifier verifier,
            ImageRefiner refiner,
            boolean pixelChecks) {
        this.planner = planner;
        this.renderer = renderer;
        this.verifier = verifier;
        this.refiner = refiner;
        this.pixelChecks = pixelChecks;
    }

    static List<Prompt> parse(List<String> lines) {
        return lines.stream()
                .filter(l -> !l.isBlank())
                .map(l -> Json.read(l, Prompt.class))
                .toList();
    }

    /** Runs one prompt through plan, draft, verify and up to {@code maxRounds} refinements. */
    void run(Prompt prompt, long seed, int side, int maxRounds) {
        int[] t = tally.computeIfAbsent(prompt.tag(), k -> new int[4]);
        t[0]++;
        ScenePlan plan;
        try {
            plan = planner.plan(prompt.prompt(), side, side, seed);
        } catch (IllegalArgumentException e) {
            return;
        }
        if (plan.entities().isEmpty() && plan.texts().isEmpty()) {
            return;
        }
        DraftRenderer.Draft draft = renderer.draft(plan);
        BufferedImage image = draft.image();
        ScenePlan drawn = pixelChecks ? VerifierCorpus.withPixelChecks(draft.drawn()) : draft.drawn();
        VerificationReport report = verify(image, drawn);
        if (report.passed()) {
            t[1]++;
        }
        for (int round = 1; round <= maxRounds && !report.passed(); round++) {
            ImageRefiner.Refinement refined = refiner.refine(image, drawn, report, round);
            image = refined.image();
            drawn = refined.drawn();
            report = verify(image, drawn);
            t[3]++;
        }
        if (report.passed()) {
            t[2]++;
        }
    }

    void print(PrintWriter out, int maxRounds) {
        out.println("| GenEval tag | prompts | draft passes | after verify-refine (max " + maxRounds + " rounds) "
                + "| rounds used |");
        out.println("| --- | ---: | ---: | ---: | ---: |");
        int[] all = new int[4];
        tally.forEach((tag, t) -> {
            row(out, tag, t);
            for (int i = 0; i < 4; i++) {
                all[i] += t[i];
            }
        });
        row(out, "**all**", all);
    }

    private static void row(PrintWriter out, String tag, int[] t) {
        out.printf("| %s | %d | %.1f%% | %.1f%% | %d |%n", tag, t[0], pct(t[1], t[0]), pct(t[2], t[0]), t[3]);
    }

    private static double pct(int n, int of) {
        return of == 0 ? 0 : 100.0 * n / of;
    }

    private VerificationReport verify(BufferedImage image, ScenePlan drawn) {
        return VerificationReport.of(verifier.verify(image, drawn).checks(), null);
    }
}
