package dev.plantain.verifier.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The verifier service's {@code plantain.verifier.*} keys. */
@ConfigMapping(prefix = "plantain.verifier")
public interface VerifierConfig {

    /** The verification engine: {@code pixels} (the built-in segmentation and colour analysis). */
    @WithDefault("pixels")
    String engine();

    /** Store an overlay image (checks drawn green and red) with every report. */
    @WithDefault("true")
    boolean overlay();
}
