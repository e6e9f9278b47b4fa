package dev.plantain.planner.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.planner.InstantPlanner;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import dev.plantain.planner.llm.LanguageModelPlanner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;

/** Chooses the planning engine from configuration; built once per service. */
public class PlannerEngine {

    @Produces
    @Singleton
    ScenePlanner planner(PlannerConfig config) {
        if (config.engine() == PlannerConfig.Engine.INSTANT) {
            return new InstantPlanner();
        }
        RuleBasedPlanner rules = new RuleBasedPlanner(ArtLibrary.fluentFlat());
        return switch (config.engine()) {
            case RULES, INSTANT -> rules;
            case LLM ->
                new LanguageModelPlanner(
                        new LanguageModelPlanner.Endpoint(
                                URI.create(config.llm().baseUrl()),
                                config.llm().model(),
                                config.llm().apiKey().orElse(""),
                                config.llm().timeout()),
                        rules);
        };
    }
}
