package dev.plantain.cli;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.SceneArtist;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compares the single-pass draft with the verify-refine loop over the GenEval prompts, per GenEval tag. */
@Command(
        name = "bench-geneval",
        description = "Run the GenEval prompts through the engines in-process and print, per "
                + "tag, how often the draft passes verification and how often the image after verify-refine does.")
final class BenchGenEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--prompts",
            description = "GenEval's evaluation_metadata.jsonl. Default: "
                    + "shared/benchmarks/geneval_metadata.jsonl beside the checkout.")
    Path prompts;

    @Option(
            names = "--limit",
            defaultValue = "0",
            description = "Only every n-th prompt so that about this many run " + "(0: all).")
    int limit;

    @Option(
            names = "--max-rounds",
            defaultValue = "3",
            description = "Refine rounds at most. Default: ${DEFAULT-VALUE}")
    int maxRounds;

    @Option(
            names = "--pixel-checks",
            description = "Also ask for the clipping, contrast and same-style template checks "
                    + "of every entity, which the planner does not list yet.")
    boolean pixelChecks;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = prompts != null
                ? prompts
                : Path.of(
                                System.getProperty("plantain.home", "."),
                                "..",
                                "shared",
                                "benchmarks",
                                "geneval_metadata.jsonl")
                        .normalize();
        if (!Files.isRegularFile(file)) {
            out.println("bench-geneval: skipped, no GenEval prompts at " + file);
            return 0;
        }
        List<GenEvalBench.Prompt> all = GenEvalBench.parse(Files.readAllLines(file));
        int step = limit <= 0 ? 1 : Math.max(1, all.size() / limit);
        ArtLibrary art = ArtLibrary.fluentFlat();
        SceneArtist artist = new SceneArtist(art);
        try (TextReader reader = OcrReaders.open(Optional.empty())) {
            GenEvalBench bench = new GenEvalBench(
                    new RuleBasedPlanner(art),
                    new ComposingRenderer(artist),
                    new PixelVerifier(art, reader),
                    new LayoutRefiner(artist),
                    pixelChecks);
            int run = 0;
            for (int i = 0; i < all.size(); i += step) {
                bench.run(all.get(i), i + 1, 1024, maxRounds);
                run++;
            }
            out.println("GenEval prompts: " + run + " of " + all.size() + ", at 1024x1024, engines in-process (rules "
                    + "planner, compose draft, pixels verifier with PP-OCRv4, layout refiner; no Kafka); a prompt "
                    + "passes when every check of its plan is verified passed"
                    + (pixelChecks ? "; with clipping, contrast and template checks added" : ""));
            bench.print(out, maxRounds);
        }
        out.flush();
        return 0;
    }
}
