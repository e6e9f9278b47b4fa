package dev.plantain.refiner.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.InstantRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.remote.RemoteEngines;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.StageConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Chooses the refining engine from configuration; built once per service. */
public class RefinerEngine {

    @Produces
    @Singleton
    ImageRefiner refiner(RefinerConfig config, StageConfig stage, Config keys) {
        return switch (config.engine()) {
            case LAYOUT -> new LayoutRefiner(ArtLibrary.fluentFlat());
            case INSTANT -> new InstantRefiner();
            case OPENAI_IMAGES, GEMINI, COMFYUI -> remote(config.engine(), stage, keys);
        };
    }

    /** A remote image model, its {@code plantain.refiner.<engine>.*} keys read from any config source (env included). */
    static ImageRefiner remote(RefinerConfig.Engine engine, StageConfig stage, Config keys) {
        return RemoteEngines.refiner(
                EngineNames.nameOf(engine), key -> keys.getOptionalValue(key, String.class), stage.maxImagePixels());
    }
}
