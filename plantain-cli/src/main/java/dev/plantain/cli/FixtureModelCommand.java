package dev.plantain.cli;

import dev.plantain.diffusion.FixtureExport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Writes a tiny Stable Diffusion export (Optimum's ONNX layout, hand-set weights) for smoke tests without weights. */
@Command(
        name = "fixture-model",
        description = "Write a tiny diffusion export in Optimum's ONNX layout (it draws noise, not pictures), to"
                + " smoke-test the diffusion engines: PLANTAIN_DRAFT_ENGINE=diffusion"
                + " PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR=DIR.")
final class FixtureModelCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Directory to write the export into.")
    Path directory;

    @Override
    public Integer call() {
        FixtureExport.write(directory);
        System.err.println("wrote a fixture diffusion export to " + directory);
        return 0;
    }
}
