package dev.plantain.diffusion;

import java.util.Objects;

/**
 * One image to generate.
 *
 * @param prompt what to draw
 * @param negativePrompt what to steer away from (empty for none)
 * @param width pixels, a multiple of the VAE factor
 * @param height pixels, a multiple of the VAE factor
 * @param steps scheduler steps (1 to 4 for turbo and LCM models)
 * @param guidance classifier-free guidance scale; 1 or below runs the UNet once per step without guidance
 * @param scheduler {@code auto}, {@code euler-ancestral}, {@code euler}, {@code ddim} or {@code lcm}
 * @param seed the seed of every random draw: the same request gives the same image on the same device
 */
public record GenerationRequest(
        String prompt,
        String negativePrompt,
        int width,
        int height,
        int steps,
        double guidance,
        String scheduler,
        long seed) {

    public GenerationRequest {
        Objects.requireNonNull(prompt, "prompt");
        negativePrompt = negativePrompt == null ? "" : negativePrompt;
        Objects.requireNonNull(scheduler, "scheduler");
        if (width < 8 || height < 8 || width % 8 != 0 || height % 8 != 0) {
            throw new IllegalArgumentException("size must be multiples of 8, was " + width + "x" + height);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, was " + steps);
        }
    }
}
