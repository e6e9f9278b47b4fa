package dev.plantain.refiner.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.InstantRefiner;
import dev.plantain.refiner.LayoutRefiner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the refining engine from configuration; built once per service. */
public class RefinerEngine {

    @Produces
    @Singleton
    ImageRefiner refiner(RefinerConfig config) {
        return switch (config.engine()) {
            case "layout" -> new LayoutRefiner(ArtLibrary.fluentFlat());
            case "instant" -> new InstantRefiner();
            default ->
                throw new IllegalStateException("plantain.refiner.engine is '" + config.engine()
                        + "'; allowed: layout, instant (benchmark only)");
        };
    }
}
