package dev.plantain.planner.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Chooses the planning engine from configuration; built once per service. */
public class PlannerEngine {

    @Produces
    @Singleton
    ScenePlanner planner(PlannerConfig config) {
        if (!config.engine().equals("rules")) {
            throw new IllegalStateException("plantain.planner.engine is '" + config.engine() + "'; allowed: rules");
        }
        return new RuleBasedPlanner(ArtLibrary.fluentFlat());
    }
}
