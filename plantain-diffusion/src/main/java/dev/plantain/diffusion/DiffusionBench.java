package dev.plantain.diffusion;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import dev.plantain.messages.StepProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Prints what the engine costs on a device: load time, and for each size the seconds per image and scheduler steps
 * per second (after one warm-up image), and the JVM's heap. Run by {@code gpu-bench.sh}; arguments: export directory
 * (or {@code fixture} for a fixture written to a temporary directory), device, steps, sizes.
 */
public final class DiffusionBench {

    private DiffusionBench() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 && !args[0].equals("fixture") ? Path.of(args[0]) : fixture();
        String device = args.length > 1 ? args[1] : "cpu";
        int steps = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        List<Integer> sizes = new ArrayList<>();
        for (String s : (args.length > 3 ? args[3] : "512,1024").split(",")) {
            sizes.add(Integer.parseInt(s.trim()));
        }
        // Which execution providers this ONNX Runtime build has: CUDA only with the GPU jar and CUDA/cuDNN found.
        EnumSet<OrtProvider> providers = OrtEnvironment.getAvailableProviders();
        System.out.printf("ONNX Runtime providers: %s%n", providers);
        if (device.startsWith("gpu") && !providers.contains(OrtProvider.CUDA)) {
            System.out.println("the CUDA provider is missing: ONNX Runtime's GPU jar, CUDA 12 and cuDNN 9 are needed");
            System.exit(3);
        }
        long start = System.nanoTime();
        try (DiffusionExport export = DiffusionExport.load(dir, device)) {
            System.out.printf(
                    "loaded %s on %s in %.1f s (native %d px, inpainting UNet %s, SDXL %s)%n",
                    dir,
                    device,
                    (System.nanoTime() - start) / 1e9,
                    export.nativeSize(),
                    export.inpaintingUnet(),
                    export.sdxl());
            DiffusionPipeline pipeline = new DiffusionPipeline(export);
            for (int size : sizes) {
                GenerationRequest request =
                        new GenerationRequest("a red apple on a wooden table", "", size, size, steps, 7.5, "auto", 1);
                pipeline.generate(request, StepProgress.NONE);
                long[] stepped = new long[steps + 1];
                stepped[0] = System.nanoTime();
                pipeline.generate(request, (done, total) -> stepped[done] = System.nanoTime());
                double total = (System.nanoTime() - stepped[0]) / 1e9;
                double stepping = (stepped[steps] - stepped[0]) / 1e9;
                System.out.printf(
                        "%dx%d: %d steps, %.2f steps/s (guided, batch 2), %.2f s per image with text"
                                + " encoding and VAE decode%n",
                        size, size, steps, steps / stepping, total);
            }
        }
        Runtime rt = Runtime.getRuntime();
        System.out.printf(
                "JVM heap used %d MiB of %d MiB%n", (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static Path fixture() throws Exception {
        Path dir = Files.createTempDirectory("plantain-fixture-export");
        FixtureExport.write(dir);
        return dir;
    }
}
