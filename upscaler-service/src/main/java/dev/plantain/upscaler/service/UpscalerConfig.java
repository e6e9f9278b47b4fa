package dev.plantain.upscaler.service;

import dev.plantain.upscaler.esrgan.UpscalerSettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The upscaler service's {@code plantain.upscaler.*} keys: the engine, and each engine's own keys under
 * {@code plantain.upscaler.<engine>.*}. The network's keys from before that scheme ({@code plantain.upscaler.model},
 * {@code .model-path}, {@code .device}, {@code .tile-size}) still work as aliases; a key under the engine wins.
 */
@ConfigMapping(prefix = "plantain.upscaler")
public interface UpscalerConfig {

    /** The upscaling engine: {@code lanczos3} (classical) or {@code esrgan} (learned x2 super-resolution
     * through DJL); {@code instant} (benchmark only: a blank image at once). */
    @WithDefault(UpscalerSettings.DEFAULT_ENGINE)
    String engine();

    /** The network engine's keys, {@code plantain.upscaler.esrgan.*}. */
    Network esrgan();

    /** Alias of {@code plantain.upscaler.esrgan.model}. */
    Optional<String> model();

    /** Alias of {@code plantain.upscaler.esrgan.model-path}. */
    Optional<Path> modelPath();

    /** Alias of {@code plantain.upscaler.esrgan.device}. */
    Optional<String> device();

    /** Alias of {@code plantain.upscaler.esrgan.tile-size}. */
    OptionalInt tileSize();

    /** The keys of the network engine (no defaults here, so that an alias set anywhere is seen). */
    interface Network {

        /** The packaged weights: {@code psnr-small} (PSNR-trained RDN), {@code slim}, {@code medium}, {@code thick}. */
        Optional<String> model();

        /** A directory holding a TF.js {@code model.json} and its shards to use instead of the packaged weights. */
        Optional<Path> modelPath();

        /** The DJL device the network runs on: {@code cpu}, {@code gpu} or {@code gpu:N}. */
        Optional<String> device();

        /** The largest tile, in input pixels, the network runs on at once: bounds memory whatever the image size. */
        OptionalInt tileSize();
    }
}
