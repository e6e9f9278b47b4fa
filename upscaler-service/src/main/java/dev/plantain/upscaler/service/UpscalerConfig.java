package dev.plantain.upscaler.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The upscaler service's {@code plantain.upscaler.*} keys. */
@ConfigMapping(prefix = "plantain.upscaler")
public interface UpscalerConfig {

    /** The upscaling engine: {@code lanczos3} (classical separable Lanczos resampling). */
    @WithDefault("lanczos3")
    String engine();
}
