package dev.plantain.draft.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.draft.InstantRenderer;
import dev.plantain.remote.RemoteEngines;
import dev.plantain.stage.EngineNames;
import dev.plantain.stage.StageConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/** Chooses the drafting engine from configuration; built once per service. */
public class DraftEngine {

    @Produces
    @Singleton
    DraftRenderer renderer(DraftConfig config, StageConfig stage, Config keys) {
        return switch (config.engine()) {
            case COMPOSE -> new ComposingRenderer(ArtLibrary.fluentFlat());
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
