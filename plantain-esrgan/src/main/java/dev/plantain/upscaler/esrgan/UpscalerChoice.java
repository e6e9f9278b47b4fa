package dev.plantain.upscaler.esrgan;

import dev.plantain.upscaler.ImageUpscaler;
import dev.plantain.upscaler.InstantUpscaler;
import dev.plantain.upscaler.LanczosUpscaler;

/**
 * The upscaler the settings ask for, built once: ESRGAN when its weights load, else the classical Lanczos resampler
 * with a warning that says why, which travels into the job's result and the image's metadata.
 *
 * @param upscaler the engine to use
 * @param warning why the configured engine is not the one used, or null
 */
public record UpscalerChoice(ImageUpscaler upscaler, String warning) implements AutoCloseable {

    /** Builds the configured engine for a network factor of {@code scale}. */
    public static UpscalerChoice of(UpscalerSettings settings, int scale) {
        if (settings.engine().equals("lanczos3")) {
            return new UpscalerChoice(new LanczosUpscaler(), null);
        }
        if (settings.engine().equals("instant")) {
            return new UpscalerChoice(new InstantUpscaler(), null);
        }
        EsrganModel model = EsrganModel.of(settings.model());
        try {
            return new UpscalerChoice(
                    EsrganUpscaler.load(
                            model, scale, settings.modelPath().orElse(null), settings.device(), settings.tileSize()),
                    null);
        } catch (ModelMissingException e) {
            return new UpscalerChoice(
                    new LanczosUpscaler(),
                    "ESRGAN model missing (" + e.getMessage() + "); upscaled with lanczos3 instead");
        }
    }

    @Override
    public void close() {
        if (upscaler instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new UpscalerException("closing " + upscaler.name() + ": " + e.getMessage(), e);
            }
        }
    }
}
