package dev.plantain.upscaler.esrgan;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to build the upscaler, the same for the service ({@code plantain.upscaler.engine} and
 * {@code plantain.upscaler.esrgan.*}) and the CLI.
 *
 * @param engine {@code esrgan}, {@code lanczos3} or {@code instant} (benchmark only)
 * @param model {@code psnr-small}, {@code slim}, {@code medium} or {@code thick}
 * @param device the DJL device: {@code cpu}, {@code gpu}, {@code gpu:N}
 * @param tileSize the largest tile the network runs on, in input pixels
 * @param modelPath a directory with {@code model.json} and its shards, instead of the packaged weights
 */
public record UpscalerSettings(String engine, String model, String device, int tileSize, Optional<Path> modelPath) {

    /**
     * Lanczos: the best network only ties its mean PSNR (psnr-small: -0.05 dB on photographs, +0.01 dB on Plantain's
     * own images) and takes minutes per 4K image on two CPU cores (bench-upscale; the README's settings per device).
     */
    public static final String DEFAULT_ENGINE = "lanczos3";

    /** The network when the engine is esrgan: the one trained for PSNR, and the best on photographs (bench-upscale). */
    public static final String DEFAULT_MODEL = "psnr-small";

    public static final String DEFAULT_DEVICE = "cpu";

    public static final int DEFAULT_TILE_SIZE = 384;

    public UpscalerSettings {
        if (!engine.equals("esrgan") && !engine.equals("lanczos3") && !engine.equals("instant")) {
            throw new IllegalArgumentException(
                    "upscaler engine '" + engine + "'; allowed: esrgan, lanczos3, instant (benchmark only)");
        }
        EsrganModel.of(model);
        if (tileSize < 2 * EsrganUpscaler.BLEND) {
            throw new IllegalArgumentException("tile size " + tileSize + " is below " + 2 * EsrganUpscaler.BLEND);
        }
        modelPath = modelPath == null ? Optional.empty() : modelPath;
    }
}
