package dev.plantain.cli;

import dev.plantain.image.ImageCodec;
import dev.plantain.image.PngText;
import dev.plantain.upscaler.esrgan.UpscalerChoice;
import dev.plantain.upscaler.esrgan.UpscalerSettings;
import dev.plantain.upscaler.esrgan.Upscaling;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Upscales an image with the upscaler service's engine, settings and code path; no Kafka needed. */
@Command(
        name = "upscale",
        description = "Upscale an image by a factor (same engine and defaults as the upscaler service).")
final class UpscaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The input image.")
    Path in;

    @Option(names = "--scale", defaultValue = "2", description = "Factor, 1-4. Default: ${DEFAULT-VALUE}")
    int scale;

    @Option(names = "--out", required = true, description = "The PNG to write.")
    Path out;

    @Option(
            names = "--max-pixels",
            defaultValue = "20971520",
            description = "Refuse inputs or outputs larger than this. Default: ${DEFAULT-VALUE}")
    long maxPixels;

    @Option(
            names = "--engine",
            defaultValue = UpscalerSettings.DEFAULT_ENGINE,
            description = "lanczos3 or esrgan. Default: ${DEFAULT-VALUE}")
    String engine;

    @Option(
            names = "--model",
            defaultValue = UpscalerSettings.DEFAULT_MODEL,
            description = "Network weights: psnr-small, slim, medium or thick. Default: ${DEFAULT-VALUE}")
    String model;

    @Option(
            names = "--model-path",
            description = "A directory with a TF.js model.json and shards, instead of the packaged weights.")
    Path modelPath;

    @Option(names = "--device", defaultValue = "cpu", description = "cpu, gpu or gpu:N. Default: ${DEFAULT-VALUE}")
    String device;

    @Option(
            names = "--tile-size",
            defaultValue = "384",
            description = "Largest tile in input pixels. Default: ${DEFAULT-VALUE}")
    int tileSize;

    @Override
    public Integer call() throws Exception {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("--scale " + scale + ": allowed 1 to 4");
        }
        BufferedImage image = ImageCodec.toRgb(new ImageCodec(maxPixels).decode(Files.readAllBytes(in)));
        UpscalerSettings settings =
                new UpscalerSettings(engine, model, device, tileSize, Optional.ofNullable(modelPath));
        try (UpscalerChoice choice = UpscalerChoice.of(settings, Math.max(2, scale))) {
            Upscaling.Outcome outcome = new Upscaling(choice, maxPixels)
                    .upscale(image, image.getWidth() * scale, image.getHeight() * scale);
            Map<String, String> text = new LinkedHashMap<>();
            text.put(
                    "Software",
                    "Plantain "
                            + PlantainCli.class.getAnnotation(picocli.CommandLine.Command.class)
                                    .version()[0]);
            text.put("upscaler", outcome.engine());
            if (outcome.warning() != null) {
                text.put("warning", outcome.warning());
                spec.commandLine().getErr().println("plantain: warning: " + outcome.warning());
            }
            Files.write(out, PngText.encode(outcome.image(), text));
            spec.commandLine()
                    .getErr()
                    .printf(
                            "%s: %dx%d -> %dx%d (%s, %d ms)%n",
                            out,
                            image.getWidth(),
                            image.getHeight(),
                            outcome.image().getWidth(),
                            outcome.image().getHeight(),
                            outcome.engine(),
                            outcome.millis());
        }
        return 0;
    }
}
