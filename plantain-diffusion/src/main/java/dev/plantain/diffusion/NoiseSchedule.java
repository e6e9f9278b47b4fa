package dev.plantain.diffusion;

/**
 * The training noise schedule: betas, and the cumulative products of {@code 1 - beta} (alpha-bar), one per training
 * timestep, computed in double precision.
 */
public final class NoiseSchedule {

    private final double[] betas;
    private final double[] alphaBars;

    NoiseSchedule(double[] betas) {
        this.betas = betas;
        this.alphaBars = new double[betas.length];
        double product = 1;
        for (int t = 0; t < betas.length; t++) {
            product *= 1 - betas[t];
            alphaBars[t] = product;
        }
    }

    public static NoiseSchedule of(SchedulerConfig config) {
        int n = config.trainSteps();
        double[] betas = new double[n];
        switch (config.betaSchedule()) {
            case "linear" -> {
                for (int t = 0; t < n; t++) {
                    betas[t] = lerp(config.betaStart(), config.betaEnd(), t, n);
                }
            }
            case "scaled_linear" -> {
                for (int t = 0; t < n; t++) {
                    double root = lerp(Math.sqrt(config.betaStart()), Math.sqrt(config.betaEnd()), t, n);
                    betas[t] = root * root;
                }
            }
            case "squaredcos_cap_v2" -> {
                for (int t = 0; t < n; t++) {
                    betas[t] = Math.min(1 - cosineAlphaBar((t + 1.0) / n) / cosineAlphaBar((double) t / n), 0.999);
                }
            }
            default -> throw new DiffusionException("unsupported beta_schedule '" + config.betaSchedule() + "'");
        }
        return new NoiseSchedule(betas);
    }

    /** {@code linspace(from, to, n)[t]}. */
    private static double lerp(double from, double to, int t, int n) {
        return n == 1 ? from : from + (to - from) * t / (n - 1);
    }

    private static double cosineAlphaBar(double t) {
        double c = Math.cos((t + 0.008) / 1.008 * Math.PI / 2);
        return c * c;
    }

    public int size() {
        return betas.length;
    }

    public double beta(int t) {
        return betas[t];
    }

    /** alpha-bar at a training timestep: how much of the clean signal a sample at {@code t} keeps (squared). */
    public double alphaBar(int t) {
        return alphaBars[t];
    }

    /** The Karras sigma of a training timestep: {@code sqrt((1 - alphaBar) / alphaBar)}. */
    public double sigma(int t) {
        return Math.sqrt((1 - alphaBars[t]) / alphaBars[t]);
    }

    /** The sigma at a fractional timestep, linearly interpolated between training timesteps. */
    public double sigmaAt(double t) {
        int low = (int) Math.floor(t);
        if (low >= betas.length - 1) {
            return sigma(betas.length - 1);
        }
        double f = t - low;
        return sigma(low) * (1 - f) + sigma(low + 1) * f;
    }
}
