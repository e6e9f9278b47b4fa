package dev.plantain.upscaler.service;

import dev.plantain.upscaler.ImageUpscaler;
import dev.plantain.upscaler.LanczosUpscaler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the upscaling engine from configuration; built once per service. */
public class UpscalerEngine {

    @Produces
    @Singleton
    ImageUpscaler upscaler(UpscalerConfig config) {
        if (!config.engine().equals("lanczos3")) {
            throw new IllegalStateException("plantain.upscaler.engine is '" + config.engine() + "'; allowed: lanczos3");
        }
        return new LanczosUpscaler();
    }
}
