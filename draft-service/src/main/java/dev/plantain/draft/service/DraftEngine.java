package dev.plantain.draft.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.draft.InstantRenderer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the drafting engine from configuration; built once per service. */
public class DraftEngine {

    @Produces
    @Singleton
    DraftRenderer renderer(DraftConfig config) {
        return switch (config.engine()) {
            case COMPOSE -> new ComposingRenderer(ArtLibrary.fluentFlat());
            case INSTANT -> new InstantRenderer();
        };
    }
}
