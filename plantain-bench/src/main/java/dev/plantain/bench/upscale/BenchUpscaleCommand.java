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

/** Measures the upscalers: quality on made images (x2 down, then back up), speed, arithmetic rate and memory. */
@Command(name = "bench-upscale", description = "Benchmark ESRGAN slim, medium, thick against Lanczos and bicubic.")
public final class BenchUpscaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Tiny images and sizes: checks the benchmark runs, not the figures.")
    boolean quick;

    @Option(names = "--tile-size", defaultValue = "384", description = "ESRGAN tile size. Default: ${DEFAULT-VALUE}")
    int tileSize;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int side = quick ? 48 : 256;
        List<BenchImages.Named> images =
                quick ? BenchImages.make(2, 1, side, side * 3 / 4) : BenchImages.make(10, 2, side, side * 3 / 4);
        Map<String, UpscalerChoice> esrgan = new LinkedHashMap<>();
        for (EsrganModel model : EsrganModel.values()) {
            esrgan.put(
                    model.id(),
                    UpscalerChoice.of(
                            new UpscalerSettings("esrgan", model.id(), "cpu", tileSize, Optional.empty()), 2));
        }
        Map<String, ImageUpscaler> all = new LinkedHashMap<>();
        esrgan.values().forEach(c -> all.put(c.upscaler().name(), c.upscaler()));
        all.put("lanczos3", new LanczosUpscaler());
        all.put("bicubic", new BicubicUpscaler());
        try {
            BenchQuality quality = new BenchQuality(out);
            quality.print("Quality, standard protocol", SrProtocol.STANDARD, images, all);
            quality.print("Quality, box protocol (not what the networks were trained on)", SrProtocol.BOX, images, all);
            new BenchSpeed(out, BenchMachine.probe(), quick).print(esrgan, all);
        } finally {
            esrgan.values().forEach(UpscalerChoice::close);
        }
        out.println();
        out.println("## Engine");
        out.println("DJL's ONNX Runtime engine runs the networks. Why it was chosen over DJL PyTorch (measured once,");
        out.println("while choosing; PyTorch is not a dependency, so it is not re-run here): README, Upscaler.");
        out.flush();
        return 0;
    }

    public static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    static List<String> names(Map<String, ?> map) {
        return new ArrayList<>(map.keySet());
    }
}
