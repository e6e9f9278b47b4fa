package dev.plantain.planner;

import dev.plantain.plan.ScenePlan;

/** The planner stage's port: a prompt becomes a scene plan with a solved layout and the checks to verify. */
public interface ScenePlanner {

    /**
     * Plans a scene. Never drops part of a prompt silently: words naming things it cannot depict go to
     * {@link ScenePlan#unrenderable()}. Deterministic for a given prompt, canvas and seed.
     *
     * @param prompt the prompt, 1-2000 characters
     * @param width canvas width in pixels (native resolution)
     * @param height canvas height in pixels (native resolution)
     * @param seed seed for every choice the planner makes
     */
    ScenePlan plan(String prompt, int width, int height, long seed);
}
