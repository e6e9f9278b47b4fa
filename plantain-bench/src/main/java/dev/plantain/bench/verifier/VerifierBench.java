package dev.plantain.bench.verifier;

import dev.plantain.messages.VerificationReport;
import dev.plantain.verifier.ImageVerifier;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Runs the verifier over its proof corpus: every correct scene (a failure there is a false failure) and every scene
 * made wrong in each way (a miss is a wrong image passed), and times verification at 1K and 2K.
 */
final class VerifierBench {

    /** How many images of a kind were judged, and how many the verifier failed. */
    record Tally(int images, int failed) {

        double rate() {
            return images == 0 ? 0 : failed / (double) images;
        }
    }

    /** The outcome: detection per error kind, false failures on correct images, median milliseconds per image. */
    record Result(Map<ErrorKind, Tally> detection, Tally correct, long median1k, long median2k, List<String> misses) {}

    private final VerifierCorpus corpus;
    private final SceneBreaker breaker;
    private final ImageVerifier verifier;

    VerifierBench(VerifierCorpus corpus, ImageVerifier verifier) {
        this.corpus = corpus;
        this.breaker = corpus.breaker();
        this.verifier = verifier;
    }

    /** @param scenes how many prompts to draw at 1K; @param scenes2k how many of them also to time at 2K */
    Result run(int scenes, int scenes2k) {
        Map<ErrorKind, int[]> counts = new EnumMap<>(ErrorKind.class);
        int[] correct = new int[2];
        List<Long> times1k = new ArrayList<>();
        List<Long> times2k = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < scenes; i++) {
            Optional<VerifierCorpus.Scene> found = corpus.scene(i, 1024, 1024);
            if (found.isEmpty()) {
                continue;
            }
            VerifierCorpus.Scene scene = found.get();
            long start = System.nanoTime();
            VerificationReport report = verify(scene.image(), scene);
            times1k.add((System.nanoTime() - start) / 1_000_000);
            correct[0]++;
            if (!report.passed()) {
                correct[1]++;
                misses.add("false failure: " + scene.prompt() + ": " + report.summary());
            }
            Random random = new Random(i);
            for (ErrorKind kind : ErrorKind.values()) {
                Optional<BufferedImage> wrong = breaker.corrupt(scene, kind, random);
                if (wrong.isPresent()) {
                    int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
                    c[0]++;
                    VerificationReport judged = verify(wrong.get(), scene);
                    if (caught(kind, judged)) {
                        c[1]++;
                    } else {
                        misses.add("missed " + kind.label + ": " + scene.prompt() + ": " + judged.summary());
                    }
                }
            }
        }
        for (int i = 0; i < scenes2k; i++) {
            Optional<VerifierCorpus.Scene> scene = corpus.scene(i, 2048, 2048);
            if (scene.isPresent()) {
                long start = System.nanoTime();
                verify(scene.get().image(), scene.get());
                times2k.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Map<ErrorKind, Tally> detection = new EnumMap<>(ErrorKind.class);
        counts.forEach((k, c) -> detection.put(k, new Tally(c[0], c[1])));
        return new Result(detection, new Tally(correct[0], correct[1]), median(times1k), median(times2k), misses);
    }

    static void print(Result result, PrintWriter out) {
        out.println("| error kind | images | caught | detection rate |");
        out.println("| --- | ---: | ---: | ---: |");
        result.detection()
                .forEach((kind, t) ->
                        out.printf("| %s | %d | %d | %.1f%% |%n", kind.label, t.images(), t.failed(), 100 * t.rate()));
        out.println();
        out.printf(
                "False failures on correct images: %d of %d (%.1f%%)%n",
                result.correct().failed(),
                result.correct().images(),
                100 * result.correct().rate());
        out.printf(
                "Verification time per image (median, OCR included): 1K %d ms, 2K %d ms%n",
                result.median1k(), result.median2k());
    }

    private VerificationReport verify(BufferedImage image, VerifierCorpus.Scene scene) {
        var verification = verifier.verify(image, scene.drawn());
        return VerificationReport.of(verification.checks(), verification.atoms(), null);
    }

    /** Caught when the check kind the error breaks failed, or, for whole-image errors, when nothing passed. */
    private static boolean caught(ErrorKind kind, VerificationReport report) {
        if (kind.caughtBy == null) {
            return !report.passed();
        }
        return report.checks().stream().anyMatch(c -> c.kind() == kind.caughtBy && !c.passed());
    }

    private static long median(List<Long> times) {
        if (times.isEmpty()) {
            return 0;
        }
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
