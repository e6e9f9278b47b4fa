package dev.plantain.verifier.service;

import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.PixelVerifier;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the verification engine from configuration; built once per service. */
public class VerifierEngine {

    @Produces
    @Singleton
    ImageVerifier verifier(VerifierConfig config) {
        if (!config.engine().equals("pixels")) {
            throw new IllegalStateException("plantain.verifier.engine is '" + config.engine() + "'; allowed: pixels");
        }
        return new PixelVerifier();
    }
}
