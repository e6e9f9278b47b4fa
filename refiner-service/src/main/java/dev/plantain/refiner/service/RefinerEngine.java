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
            case LAYOUT -> new LayoutRefiner(ArtLibrary.fluentFlat());
            case INSTANT -> new InstantRefiner();
        };
    }
}
