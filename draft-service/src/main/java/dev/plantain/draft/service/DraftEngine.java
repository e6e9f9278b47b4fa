package dev.plantain.draft.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.diffusion.DiffusionKeys;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.draft.InstantRenderer;
import dev.plantain.remote.RemoteEngines;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.StageConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Chooses the drafting engine from configuration; built once per service, at start-up, and closed on shutdown. */
public class DraftEngine {

    /** The diffusion engine on the export {@code plantain.draft.diffusion.model-dir} names, loaded once. */
    static DraftRenderer diffusion(DraftConfig.Diffusion keys) {
        return DiffusionKeys.renderer(new DiffusionKeys.Values(
                "plantain.draft.diffusion",
                false,
                keys.modelDir(),
                keys.device(),
                keys.steps(),
                keys.guidance(),
                keys.scheduler(),
                keys.negativePrompt()));
    }

    /** Closes an engine that holds models (predictors, then models) when the service stops. */
    void close(@Disposes DraftRenderer renderer) throws Exception {
        if (renderer instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    // Built at start-up, not at the first record, so a wrong model directory stops the service with its key.
    @Startup
    @Produces
    @Singleton
    DraftRenderer renderer(DraftConfig config, StageConfig stage, Config keys) {
        return switch (config.engine()) {
            case COMPOSE -> new ComposingRenderer(ArtLibrary.fluentFlat());
            case DIFFUSION -> diffusion(config.diffusion());
            case INSTANT -> new InstantRenderer();
            case OPENAI_IMAGES, GEMINI, COMFYUI -> remote(config.engine(), stage, keys);
        };
    }

    /** A remote image model, its {@code plantain.draft.<engine>.*} keys read from any config source (env included). */
    static DraftRenderer remote(DraftConfig.Engine engine, StageConfig stage, Config keys) {
        return RemoteEngines.draft(
                EngineNames.nameOf(engine), key -> keys.getOptionalValue(key, String.class), stage.maxImagePixels());
    }
}
