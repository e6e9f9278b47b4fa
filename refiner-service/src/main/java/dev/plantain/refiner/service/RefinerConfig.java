package dev.plantain.refiner.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The refiner service's {@code plantain.refiner.*} keys. */
@ConfigMapping(prefix = "plantain.refiner")
public interface RefinerConfig {

    /** The refining engine: {@code layout} (the built-in targeted repaint of what failed);
     * {@code instant} (benchmark only: marks the candidate refined at once). */
    @WithDefault("layout")
    String engine();
}
