package dev.plantain.draft.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The draft service's {@code plantain.draft.*} keys. */
@ConfigMapping(prefix = "plantain.draft")
public interface DraftConfig {

    /** The drafting engine: {@code compose} (the built-in vector compositor of emoji art);
     * {@code instant} (benchmark only: a blank canvas at once). */
    @WithDefault("compose")
    String engine();
}
