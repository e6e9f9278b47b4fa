package dev.plantain.upscaler.service;

import dev.plantain.upscaler.esrgan.UpscalerSettings;

/**
 * Resolves the upscaler's settings from its keys: for each network setting, the key under
 * {@code plantain.upscaler.esrgan.*}, else its alias from before that scheme, else the default.
 */
final class UpscalerKeys {

    private UpscalerKeys() {}

    static UpscalerSettings settings(UpscalerConfig config) {
        UpscalerConfig.Network esrgan = config.esrgan();
        return new UpscalerSettings(
                config.engine(),
                esrgan.model().or(config::model).orElse(UpscalerSettings.DEFAULT_MODEL),
                esrgan.device().or(config::device).orElse(UpscalerSettings.DEFAULT_DEVICE),
                esrgan.tileSize().isPresent()
                        ? esrgan.tileSize().getAsInt()
                        : config.tileSize().orElse(UpscalerSettings.DEFAULT_TILE_SIZE),
                esrgan.modelPath().or(config::modelPath));
    }
}
