package dev.plantain.upscaler.service;

import dev.plantain.stage.StageConfig;
import dev.plantain.upscaler.esrgan.UpscalerChoice;
import dev.plantain.upscaler.esrgan.UpscalerSettings;
import dev.plantain.upscaler.esrgan.Upscaling;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Builds the configured upscaling engine once per service (the model loaded at start-up) and closes it on shutdown. */
public class UpscalerEngine {

    private static final Logger LOG = Logger.getLogger(UpscalerEngine.class);

    /** The network factor of the 2K to 4K step. */
    static final int SCALE = 2;

    @Produces
    @Singleton
    UpscalerChoice choice(UpscalerConfig config) {
        UpscalerSettings settings = UpscalerKeys.settings(config);
        UpscalerChoice choice = UpscalerChoice.of(settings, SCALE);
        if (choice.warning() != null) {
            LOG.warnf("%s", choice.warning());
        }
        LOG.infof("upscaler %s on %s, tiles of %d", choice.upscaler().name(), settings.device(), settings.tileSize());
        return choice;
    }

    @Produces
    @Singleton
    Upscaling upscaling(UpscalerChoice choice, StageConfig stage) {
        return new Upscaling(choice, stage.maxImagePixels());
    }

    void close(@Disposes UpscalerChoice choice) {
        choice.close();
    }
}
