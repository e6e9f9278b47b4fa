package dev.plantain.cli.jobs;

/**
 * A prompt and seed whose one-pass draft fails verification (jittered instances overlap) and whose first refine
 * round repairs it; {@code RefineFixtureTest} checks that this still holds with the engines alone.
 */
public final class RefineFixture {

    public static final String PROMPT = "six red apples and five bananas";
    public static final long SEED = 7;

    private RefineFixture() {}
}
