package dev.plantain.refiner.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.diffusion.DiffusionKeys;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.refiner.InstantRefiner;
import dev.plantain.refiner.LayoutRefiner;
import dev.plantain.remote.RemoteEngines;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.StageConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Chooses the refining engine from configuration; built once per service, at start-up, and closed on shutdown. */
public class RefinerEngine {

    /** The diffusion engine on the export {@code plantain.refiner.diffusion.model-dir} names, loaded once. */
    static ImageRefiner diffusion(RefinerConfig.Diffusion keys) {
        return DiffusionKeys.refiner(new DiffusionKeys.Values(
                "plantain.refiner.diffusion",
                true,
                keys.modelDir(),
                keys.device(),
                keys.steps(),
                keys.guidance(),
                keys.scheduler(),
                keys.negativePrompt()));
    }

    /** Closes an engine that holds models (predictors, then models) when the service stops. */
    void close(@Disposes ImageRefiner refiner) throws Exception {
        if (refiner instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    // Built at start-up, not at the first record, so a wrong model directory stops the service with its key.
    @Startup
    @Produces
    @Singleton
    ImageRefiner refiner(RefinerConfig config, StageConfig stage, Config keys) {
        return switch (config.engine()) {
            case LAYOUT -> new LayoutRefiner(ArtLibrary.fluentFlat());
            case DIFFUSION -> diffusion(config.diffusion());
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
