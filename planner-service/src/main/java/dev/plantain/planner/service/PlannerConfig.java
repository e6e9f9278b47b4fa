package dev.plantain.planner.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The planner service's {@code plantain.planner.*} keys. */
@ConfigMapping(prefix = "plantain.planner")
public interface PlannerConfig {

    /** The planning engine: {@code rules} (the built-in English parser and layout solver). */
    @WithDefault("rules")
    String engine();
}
