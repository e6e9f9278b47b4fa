package dev.plantain.remote.comfyui;

import dev.plantain.remote.PixelSize;
import java.time.Duration;
import java.util.Objects;

/**
 * How the ComfyUI engine runs its workflow.
 *
 * @param pollInterval how often {@code /history} is asked whether the run has finished
 * @param maxSide the longest side the workflow draws or edits at (the model's native size, e.g. 1024 for SDXL)
 * @param outputNode the node whose first image is the answer; blank takes the first output with an image
 */
public record ComfySettings(Duration pollInterval, int maxSide, String outputNode) {

    public ComfySettings {
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (maxSide < 64) {
            throw new IllegalArgumentException("max-side must be at least 64, was " + maxSide);
        }
        outputNode = outputNode == null ? "" : outputNode.strip();
    }

    /** The wanted size shrunk (shape kept) to {@link #maxSide}, each side a multiple of 8 as latent models need. */
    PixelSize fit(int width, int height) {
        double scale = Math.min(1, (double) maxSide / Math.max(width, height));
        return new PixelSize(round8(width * scale), round8(height * scale));
    }

    private static int round8(double v) {
        return Math.max(8, (int) Math.round(v / 8) * 8);
    }
}
