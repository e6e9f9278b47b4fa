package dev.plantain.bench.upscale;

import dev.plantain.bench.BenchImages;
import dev.plantain.bench.BenchMachine;
import dev.plantain.bench.BenchSpeed;
import dev.plantain.upscaler.ImageUpscaler;
import dev.plantain.upscaler.LanczosUpscaler;
import dev.plantain.upscaler.esrgan.EsrganModel;
import dev.plantain.upscaler.esrgan.UpscalerChoice;
import dev.plantain.upscaler.esrgan.UpscalerSettings;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the upscalers: quality on made images and on real photographs (x2 down, then back up), speed, arithmetic
 * rate and memory.
 */
@Command(
        name = "bench-upscale",
        description = "Benchmark the networks (slim, medium, thick, psnr-small) against Lanczos and bicubic.")
public final class BenchUpscaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Tiny images and sizes: checks the benchmark runs, not the figures.")
    boolean quick;

    @Option(names = "--tile-size", defaultValue = "384", description = "Network tile size. Default: ${DEFAULT-VALUE}")
    int tileSize;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or gpu:N. Default: ${DEFAULT-VALUE}")
    String device;

    @Option(
            names = "--models",
            split = ",",
            description = "The networks to run (default all: " + EsrganModel.ALLOWED + ").")
    List<String> models;

    @Option(names = "--speed-only", description = "Only the speed and memory tables (the GPU script uses this).")
    boolean speedOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, UpscalerChoice> esrgan = new LinkedHashMap<>();
        List<String> chosen = models != null
                ? models
                : Arrays.stream(EsrganModel.values()).map(EsrganModel::id).toList();
        Map<String, ImageUpscaler> all = new LinkedHashMap<>();
        try {
            for (String id : chosen) {
                UpscalerChoice choice = UpscalerChoice.of(
                        new UpscalerSettings("esrgan", EsrganModel.of(id).id(), device, tileSize, Optional.empty()), 2);
                esrgan.put(id, choice);
                all.put(choice.upscaler().name(), choice.upscaler());
            }
            all.put("lanczos3", new LanczosUpscaler());
            all.put("bicubic", new BicubicUpscaler());
            if (!speedOnly) {
                quality(out, all);
            }
            new BenchSpeed(out, BenchMachine.probe(), quick, device).print(esrgan, all);
        } finally {
            esrgan.values().forEach(UpscalerChoice::close);
        }
        out.println();
        out.println("## Engine");
        out.println("DJL's ONNX Runtime engine runs the networks, on " + device + ". Why it was chosen over DJL"
                + " PyTorch (measured once,");
        out.println("while choosing; PyTorch is not a dependency, so it is not re-run here): README, Upscaler.");
        out.flush();
        return 0;
    }

    private void quality(PrintWriter out, Map<String, ImageUpscaler> all) {
        int side = quick ? 48 : 256;
        List<BenchImages.Named> images =
                quick ? BenchImages.make(2, 1, side, side * 3 / 4) : BenchImages.make(10, 2, side, side * 3 / 4);
        BenchQuality quality = new BenchQuality(out);
        quality.print("Quality, standard protocol", SrProtocol.STANDARD, images, all);
        BenchPhotos.Loaded photos = BenchPhotos.fetch(quick, side, side * 3 / 4);
        photos.notes().forEach(out::println);
        out.println();
        if (!photos.photos().isEmpty()) {
            quality.print("Quality on photographs, standard protocol", SrProtocol.STANDARD, photos.photos(), all);
        }
        quality.print("Quality, box protocol (not what the networks were trained on)", SrProtocol.BOX, images, all);
    }

    public static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static List<String> names(Map<String, ?> map) {
        return new ArrayList<>(map.keySet());
    }
}
