package dev.plantain.cli;

import dev.plantain.image.ImageCodec;
import dev.plantain.upscaler.ImageUpscaler;
import dev.plantain.upscaler.LanczosUpscaler;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Upscales an image with the upscaler service's engine; no Kafka needed. */
@Command(name = "upscale", description = "Upscale an image by a factor (same engine as the upscaler service).")
final class UpscaleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The input image.")
    Path in;

    @Option(names = "--scale", defaultValue = "2", description = "Factor, 1-4. Default: ${DEFAULT-VALUE}")
    int scale;

    @Option(names = "--out", required = true, description = "The PNG to write.")
    Path out;

    @Option(names = "--max-pixels", defaultValue = "20971520", description = "Refuse inputs or outputs larger than this. Default: ${DEFAULT-VALUE}")
    long maxPixels;

    @Override
    public Integer call() throws Exception {
        if (scale < 1 || scale > 4) {
            throw new IllegalArgumentException("--scale " + scale + ": allowed 1 to 4");
        }
        BufferedImage image = ImageCodec.toRgb(new ImageCodec(maxPixels).decode(Files.readAllBytes(in)));
        long outPixels = (long) image.getWidth() * scale * image.getHeight() * scale;
        if (outPixels > maxPixels) {
            throw new IllegalArgumentException("output would be " + outPixels + " pixels, over --max-pixels " + maxPixels);
        }
        ImageUpscaler upscaler = new LanczosUpscaler();
        Files.write(out, ImageCodec.encodePng(upscaler.upscale(image, image.getWidth() * scale, image.getHeight() * scale)));
        spec.commandLine().getErr().printf("%s: %dx%d -> %dx%d (%s)%n", out, image.getWidth(), image.getHeight(),
                image.getWidth() * scale, image.getHeight() * scale, upscaler.name());
        return 0;
    }
}
