package dev.plantain.upscaler.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** The upscaler service's {@code plantain.upscaler.*} keys. */
@ConfigMapping(prefix = "plantain.upscaler")
public interface UpscalerConfig {

    /** The upscaling engine: {@code lanczos3} (classical) or {@code esrgan} (learned x2 super-resolution
     * through DJL); {@code instant} (benchmark only: a blank image at once). */
    @WithDefault("lanczos3")
    String engine();

    /** The packaged ESRGAN weights: {@code slim} (fastest), {@code medium} or {@code thick} (slowest, x2 only). */
    @WithDefault("slim")
    String model();

    /** A directory holding a TF.js {@code model.json} and its shards to use instead of the packaged weights. */
    Optional<Path> modelPath();

    /** The DJL device the network runs on: {@code cpu}, {@code gpu} or {@code gpu:N}. */
    @WithDefault("cpu")
    String device();

    /** The largest tile, in input pixels, the network runs on at once: bounds memory whatever the image size. */
    @WithDefault("384")
    int tileSize();
}
