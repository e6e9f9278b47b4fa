package dev.plantain.bench;

import dev.plantain.bench.upscale.BenchUpscaleCommand;
import dev.plantain.upscaler.ImageUpscaler;
import dev.plantain.upscaler.esrgan.EsrganModel;
import dev.plantain.upscaler.esrgan.UpscalerChoice;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The speed, arithmetic and memory tables: each upscaler enlarging a 2K (2048x1152) image x2, except thick and
 * psnr-small on a CPU, which are timed on a 512x288 crop (their rate per pixel is the same; a whole 2K image takes them
 * minutes on two cores).
 */
public final class BenchSpeed {

    private final PrintWriter out;
    private final BenchMachine machine;
    private final boolean quick;
    private final String device;

    public BenchSpeed(PrintWriter out, BenchMachine machine, boolean quick, String device) {
        this.out = out;
        this.machine = machine;
        this.quick = quick;
        this.device = device;
    }

    /** Seconds, input pixels and peak memory of one timed run. */
    record Run(double seconds, long pixels, long peakMib) {}

    public void print(Map<String, UpscalerChoice> esrgan, Map<String, ImageUpscaler> upscalers) {
        Map<String, Run> runs = new LinkedHashMap<>();
        out.println("## Speed (x2, the 2K to 4K step; networks on " + device + ")");
        out.println("| upscaler | input | input MP/s | output MP/s | seconds | 2048x1152 -> 4096x2304 job, s |");
        out.println("|---|---|---|---|---|---|");
        for (Map.Entry<String, ImageUpscaler> entry : upscalers.entrySet()) {
            boolean crop = device.equals("cpu")
                    && (entry.getKey().contains("thick") || entry.getKey().contains("psnr-small"));
            int w = quick ? 64 : crop ? 512 : 2048;
            int h = quick ? 36 : crop ? 288 : 1152;
            BufferedImage image = BenchImages.texture("marble", w, h, 7);
            entry.getValue().upscale(BenchImages.texture("clouds", 48, 48, 1), 96, 96);
            BenchMachine.resetPeakResident();
            long start = System.nanoTime();
            entry.getValue().upscale(image, 2 * w, 2 * h);
            Run run = new Run((System.nanoTime() - start) / 1e9, (long) w * h, BenchMachine.peakResidentMib());
            runs.put(entry.getKey(), run);
            double mps = run.pixels() / 1e6 / run.seconds();
            out.println(BenchUpscaleCommand.f(
                    "| %s | %dx%d | %.3f | %.3f | %.2f | %.1f |",
                    entry.getKey(), w, h, mps, 4 * mps, run.seconds(), 2048 * 1152 / 1e6 / mps));
        }
        out.println();
        if (!device.equals("cpu")) {
            out.println("(the CPU's arithmetic rate and resident memory do not describe a GPU run: gpu-bench.sh"
                    + " samples the GPU's own memory)");
            return;
        }
        out.println("## Arithmetic rate (network convolutions, float32)");
        out.println(BenchUpscaleCommand.f(
                "CPU: %s; peak estimate %s = %.1f GFLOP/s",
                machine.cpu(), machine.peakFormula(), machine.peakGflops()));
        out.println("| model | MAC per input pixel | GFLOP per 2K job | achieved GFLOP/s | share of peak |");
        out.println("|---|---|---|---|---|");
        for (Map.Entry<String, UpscalerChoice> entry : esrgan.entrySet()) {
            long macs = EsrganModel.of(entry.getKey()).load(2).macsPerPixel();
            Run run = runs.get(entry.getValue().upscaler().name());
            double gflops = 2.0 * macs * run.pixels() / run.seconds() / 1e9;
            out.println(BenchUpscaleCommand.f(
                    "| %s | %,d | %.0f | %.1f | %.0f%% |",
                    entry.getValue().upscaler().name(),
                    macs,
                    2.0 * macs * 2048 * 1152 / 1e9,
                    gflops,
                    100 * gflops / machine.peakGflops()));
        }
        out.println("(useful work only: at 384-pixel tiles on a 2K image the tiles' overlap and mirrored edges add"
                + " about 20% more for slim, 30% for medium, 45% for thick and psnr-small)");
        out.println();
        boolean reset = BenchMachine.resetPeakResident();
        out.println("## Memory (peak resident set of the process by the end of each run, MiB"
                + (reset ? ")" : "; the kernel refused a reset, so each figure includes the runs before it)"));
        out.println("| upscaler | peak RSS MiB |");
        out.println("|---|---|");
        runs.forEach((name, run) -> out.println(BenchUpscaleCommand.f("| %s | %d |", name, run.peakMib())));
        out.println(BenchUpscaleCommand.f(
                "JVM heap limit: %d MiB; ONNX Runtime's buffers are native, outside the heap.",
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }
}
