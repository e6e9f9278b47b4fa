package dev.plantain.bench.truth;

import dev.plantain.cli.LocalEngines;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Resolution;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures whether {@code verified} means what a person means: re-runs the labelled prompts through the built-in
 * engines and prints the precision and recall of {@code verified} against the labels, per category; or writes a
 * sample's final images and a blank labels sheet for people to label by looking (the verdicts kept apart, so the
 * labelling stays blind).
 */
@Command(
        name = "bench-truth",
        description = "Re-run the labelled prompts and print the precision and recall of 'verified' against labels "
                + "made by looking (per category, counting only labels whose image is unchanged); or, with "
                + "--write-sample, write a stratified sample's final images and a blank labels sheet.")
public final class BenchTruthCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--labels",
            description = "The labels file (TSV: source, category, prompt, seed, resolution, digest, label, reason). "
                    + "Default: benchmarks/truth/labels.tsv in the checkout.")
    Path labels;

    @Option(
            names = "--write-sample",
            description = "Write the sample's final images, a blank labels sheet (labels.tsv) and, apart, the "
                    + "verdicts (verdicts.tsv) into this folder instead of measuring.")
    Path sampleDir;

    @Option(
            names = "--per-category",
            defaultValue = "10",
            description = "With --write-sample: PartiPrompts per category. Default: ${DEFAULT-VALUE}")
    int perCategory;

    @Option(
            names = "--extras",
            defaultValue = "15",
            description = "With --write-sample: GenEval and T2I-CompBench prompts each. Default: ${DEFAULT-VALUE}")
    int extras;

    @Option(
            names = "--max-rounds",
            defaultValue = "3",
            description = "Refine rounds at most. Default: ${DEFAULT-VALUE}")
    int maxRounds;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path home = Path.of(System.getProperty("plantain.home", "."));
        try (LocalEngines engines = new LocalEngines(true)) {
            if (sampleDir != null) {
                return writeSample(out, engines, home.resolve("benchmarks"));
            }
            Path file = labels != null ? labels : home.resolve("benchmarks/truth/labels.tsv");
            if (!Files.isRegularFile(file)) {
                out.println("bench-truth: no labels at " + file + " (write a sample with --write-sample and label it)");
                return 1;
            }
            TruthTable table = new TruthTable();
            for (TruthLabels.Label label : TruthLabels.read(file)) {
                if (!label.labelled()) {
                    table.unlabelled();
                    continue;
                }
                LocalEngines.Outcome o = run(engines, label.prompt(), label.seed(), label.resolution());
                String digest = o == null ? "refused" : digest(o);
                if (!digest.equals(label.digest())) {
                    table.stale(label.prompt(), label.digest(), digest);
                    continue;
                }
                table.add(label, o.report().passed(), o.report().summary());
            }
            out.println("bench-truth: " + file + ", built-in engines in-process, at most " + maxRounds
                    + " refine rounds; 'verified' is the final report's verdict (every check and every atom passed)");
            table.print(out);
            out.flush();
            return 0;
        }
    }

    private int writeSample(PrintWriter out, LocalEngines engines, Path benchmarks) throws Exception {
        Files.createDirectories(sampleDir);
        List<TruthSample.Prompt> prompts = TruthSample.select(benchmarks, perCategory, extras);
        List<TruthLabels.Label> blank = new ArrayList<>();
        List<String> verdicts = new ArrayList<>(List.of("image\tverified\tscore\tunmet"));
        long seed = 1;
        int n = 0;
        for (TruthSample.Prompt p : prompts) {
            LocalEngines.Outcome o = run(engines, p.prompt(), seed, "1K");
            if (o == null) {
                continue;
            }
            String name = String.format("%03d.png", ++n);
            byte[] png = ImageCodec.encodePng(o.image());
            Files.write(sampleDir.resolve(name), png);
            blank.add(new TruthLabels.Label(p.source(), p.category(), p.prompt(), seed, "1K", sha256(png), "", ""));
            verdicts.add(name + "\t" + o.report().passed() + "\t"
                    + String.format("%.2f", o.report().score()) + "\t"
                    + o.report().summary().replace('\t', ' '));
        }
        TruthLabels.write(sampleDir.resolve("labels.tsv"), blank);
        Files.write(sampleDir.resolve("verdicts.tsv"), verdicts);
        out.println("bench-truth: wrote " + n + " final images of " + prompts.size() + " sampled prompts, a blank "
                + "labels.tsv (image i is line i+1) and, apart, verdicts.tsv into " + sampleDir
                + "; label by looking before reading the verdicts");
        out.flush();
        return 0;
    }

    /**
     * The final image for a prompt at a resolution (square, its native long side), or null when the job would fail
     * before delivering one: the planner refuses the prompt, or it has nothing drawable.
     */
    private LocalEngines.Outcome run(LocalEngines engines, String prompt, long seed, String resolution) {
        int side = Resolution.parse(resolution)
                .orElseThrow(() -> new IllegalArgumentException("resolution must be 1K, 2K or 4K, was " + resolution))
                .nativeLongSide();
        try {
            LocalEngines.Outcome o = engines.run(prompt, side, side, seed, maxRounds);
            return o.drawn().entities().isEmpty() && o.drawn().texts().isEmpty() ? null : o;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String digest(LocalEngines.Outcome o) throws Exception {
        return sha256(ImageCodec.encodePng(o.image()));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
