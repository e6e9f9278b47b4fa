package dev.plantain.bench.verifier;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Proves the verifier on a corpus it generates: detection rate per error kind, false failures, time per image. */
@Command(
        name = "bench-verifier",
        description =
                "Generate scenes, break them in known ways, and print how often the "
                        + "verifier catches each error, how often it fails correct images, and its time per image at 1K and 2K.")
public final class BenchVerifierCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "A small corpus (24 prompts, 2 at 2K) instead of 96 prompts, 8 at 2K.")
    boolean quick;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        ArtLibrary art = ArtLibrary.fluentFlat();
        int scenes = quick ? 24 : 96;
        try (TextReader reader = OcrReaders.open(Optional.empty())) {
            out.println("Verifier benchmark: " + scenes + " prompts planned and drafted at 1024x1024 by the built-in "
                    + "engines, in-process; OCR: " + reader.unavailable().orElse("PP-OCRv4 on ONNX Runtime (CPU)"));
            VerifierBench bench = new VerifierBench(
                    new VerifierCorpus(new RuleBasedPlanner(art), new ComposingRenderer(art)),
                    new PixelVerifier(art, reader));
            VerifierBench.Result result = bench.run(scenes, quick ? 2 : 8);
            VerifierBench.print(result, out);
            result.misses().stream().limit(20).forEach(m -> out.println("  " + m));
            out.flush();
        }
        return 0;
    }
}
