package dev.plantain.render;

import dev.plantain.plan.ScenePlan;
import java.util.Locale;
import java.util.Optional;

/**
 * A finishing style drawn over the painted layers (photo, watercolour, pixel art, sketch, neon). A look reads only
 * pixels within {@link #reach} of the one it styles and draws its randomness from the plan's seed and absolute pixel
 * coordinates, so styling a region gives exactly the pixels that styling the whole canvas gives there.
 */
interface Look {

    /** How far, in pixels, a styled pixel depends on the painted pixels around it, on this canvas. */
    int reach(int width, int height);

    /** Writes the styled pixels of the layers' region into {@link Layers#out}. */
    void apply(Layers layers);

    /** The look a plan's style names (the first one it knows, for "noto, watercolour"), or empty for a flat one. */
    static Optional<Look> of(ScenePlan plan) {
        return of(plan.style());
    }

    /** The look a plan's style names (null for none), if any. */
    static Optional<Look> of(String style) {
        if (style == null) {
            return Optional.empty();
        }
        for (String word : style.toLowerCase(Locale.ROOT).split(",")) {
            Optional<Look> look = named(word.strip());
            if (look.isPresent()) {
                return look;
            }
        }
        return Optional.empty();
    }

    private static Optional<Look> named(String style) {
        return switch (style) {
            case "photo" -> Optional.of(new PhotoLook());
            case "watercolour" -> Optional.of(new WatercolourLook());
            case "pixel art" -> Optional.of(new PixelLook());
            case "sketch" -> Optional.of(new SketchLook());
            case "neon" -> Optional.of(new NeonLook());
            default -> Optional.empty();
        };
    }
}
