package dev.plantain.diffusion;

import java.util.Locale;

/**
 * One inference run's sampler: which timesteps the UNet sees, how its input is scaled, and how each of its outputs
 * moves the latents one step towards a clean sample. Latents are flat float arrays; the arithmetic is plain Java,
 * since DJL's ONNX Runtime engine has no array operators.
 */
public interface Scheduler {

    /** The timesteps the UNet is called with, one per step, noisiest first. */
    double[] timesteps();

    default int steps() {
        return timesteps().length;
    }

    /** What unit-variance starting noise is multiplied by. */
    double initNoiseSigma();

    /** What the latents are multiplied by before the UNet sees them at a step. */
    double inputScale(int step);

    /**
     * The latents after a step.
     *
     * @param output the UNet's (guided) prediction at this step
     * @param noise a fresh unit Gaussian the size of the sample, for schedulers that add noise back
     */
    float[] step(float[] output, int step, float[] sample, Noise noise);

    /**
     * Clean latents noised to the level a sample has before {@code level} ({@code steps()} meaning after the last
     * step): what inpainting blends back outside its mask.
     */
    float[] noised(float[] clean, float[] noise, int level);

    /** A source of unit Gaussian noise the size of the latents. */
    @FunctionalInterface
    interface Noise {
        float[] next();
    }

    /** The named scheduler ({@code euler-ancestral}, {@code euler}, {@code ddim}, {@code lcm}, or {@code auto}). */
    static Scheduler create(String name, SchedulerConfig config, int steps) {
        String kind = name.toLowerCase(Locale.ROOT);
        if (kind.equals("auto")) {
            kind = fromClass(config.className());
        }
        NoiseSchedule schedule = NoiseSchedule.of(config);
        return switch (kind) {
            case "euler-ancestral" -> new EulerScheduler(config, schedule, steps, true);
            case "euler" -> new EulerScheduler(config, schedule, steps, false);
            case "ddim" -> new DdimScheduler(config, schedule, steps);
            case "lcm" -> new LcmScheduler(config, schedule, steps);
            default ->
                throw new DiffusionException(
                        "unknown scheduler '" + name + "'; allowed: auto, euler-ancestral, euler, ddim, lcm");
        };
    }

    /** The scheduler a diffusers class name stands for; others (PNDM, LMS, DPM) fall back to Euler ancestral. */
    static String fromClass(String className) {
        if (className.startsWith("EulerDiscrete")) {
            return "euler";
        }
        if (className.startsWith("DDIM")) {
            return "ddim";
        }
        if (className.startsWith("LCM")) {
            return "lcm";
        }
        return "euler-ancestral";
    }
}
