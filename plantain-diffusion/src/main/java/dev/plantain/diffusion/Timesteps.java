package dev.plantain.diffusion;

/** The inference timesteps a scheduler visits, noisiest first, spaced as diffusers spaces them. */
final class Timesteps {

    private Timesteps() {}

    /**
     * @param round whether {@code linspace} spacing rounds to whole timesteps (DDIM does; Euler keeps fractions)
     */
    static double[] of(SchedulerConfig config, int steps, boolean round) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
        int n = config.trainSteps();
        double[] t = new double[steps];
        switch (config.spacing()) {
            case "linspace" -> {
                for (int i = 0; i < steps; i++) {
                    double v = steps == 1 ? 0 : (double) (n - 1) * (steps - 1 - i) / (steps - 1);
                    t[i] = round ? Math.rint(v) : v;
                }
            }
            case "leading" -> {
                int ratio = n / steps;
                for (int i = 0; i < steps; i++) {
                    t[i] = (double) (steps - 1 - i) * ratio + config.stepsOffset();
                }
            }
            case "trailing" -> {
                double ratio = (double) n / steps;
                for (int i = 0; i < steps; i++) {
                    t[i] = Math.rint(n - i * ratio) - 1;
                }
            }
            default -> throw new DiffusionException("unsupported timestep_spacing '" + config.spacing() + "'");
        }
        return t;
    }
}
