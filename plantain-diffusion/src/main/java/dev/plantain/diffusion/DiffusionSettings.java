package dev.plantain.diffusion;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How a stage runs a diffusion export; read from {@code plantain.draft.diffusion.*} or {@code
 * plantain.refiner.diffusion.*}.
 *
 * @param modelDir {@code .model-dir}: the export directory, in Optimum's ONNX layout
 * @param device {@code .device}: {@code cpu}, {@code gpu} or {@code gpu:N}
 * @param steps {@code .steps}: scheduler steps (20 to 50 for SD 1.5/2 and SDXL; 1 to 4 for turbo and LCM models)
 * @param guidance {@code .guidance}: classifier-free guidance scale (7.5 typical; 0 or 1 turns it off, as turbo
 *     models need)
 * @param scheduler {@code .scheduler}: {@code auto} (the export's own), {@code euler-ancestral}, {@code euler},
 *     {@code ddim} or {@code lcm}
 * @param negativePrompt {@code .negative-prompt}: steered away from on every image (with the plan's excluded
 *     concepts)
 */
public record DiffusionSettings(
        Path modelDir, String device, int steps, double guidance, String scheduler, String negativePrompt) {

    public static final String DEFAULT_DEVICE = "cpu";
    public static final int DEFAULT_STEPS = 20;
    public static final double DEFAULT_GUIDANCE = 7.5;
    public static final String DEFAULT_SCHEDULER = "auto";

    public DiffusionSettings {
        Objects.requireNonNull(modelDir, "model-dir");
        device = device == null || device.isBlank() ? DEFAULT_DEVICE : device;
        scheduler = scheduler == null || scheduler.isBlank() ? DEFAULT_SCHEDULER : scheduler;
        negativePrompt = negativePrompt == null ? "" : negativePrompt;
        if (steps < 1) {
            throw new IllegalArgumentException("diffusion steps must be at least 1, was " + steps);
        }
    }

    /** The defaults for an export directory. */
    public static DiffusionSettings of(Path modelDir) {
        return new DiffusionSettings(modelDir, DEFAULT_DEVICE, DEFAULT_STEPS, DEFAULT_GUIDANCE, DEFAULT_SCHEDULER, "");
    }
}
