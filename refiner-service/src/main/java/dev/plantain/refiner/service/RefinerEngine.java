package dev.plantain.refiner.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.LayoutRefiner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the refining engine from configuration; built once per service. */
public class RefinerEngine {

    @Produces
    @Singleton
    ImageRefiner refiner(RefinerConfig config) {
        if (!config.engine().equals("layout")) {
            throw new IllegalStateException("plantain.refiner.engine is '" + config.engine() + "'; allowed: layout");
        }
        return new LayoutRefiner(ArtLibrary.fluentFlat());
    }
}
