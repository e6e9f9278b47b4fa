package dev.plantain.messages;

import dev.plantain.plan.Box;
import java.util.Objects;

/**
 * How the delivered image got its requested size from the candidate the engines drew: a model that draws only its own
 * sizes leaves a candidate smaller than asked, or of another shape, which is cropped from the centre (never
 * stretched) and then enlarged by requested / drawn.
 *
 * @param drawnWidth the chosen candidate's width
 * @param drawnHeight the chosen candidate's height
 * @param crop the centred region kept where the candidate's aspect ratio differed from the request's; else null
 * @param factor the requested width over the width used (1 when the candidate had the requested size)
 * @param engine the upscaler that enlarged it, or {@code none (native size)} when the candidate had the requested size
 */
public record Upscale(int drawnWidth, int drawnHeight, Box crop, double factor, String engine) {

    public Upscale {
        if (drawnWidth < 1 || drawnHeight < 1) {
            throw new IllegalArgumentException("drawn size must be positive: " + drawnWidth + "x" + drawnHeight);
        }
        if (!(factor > 0)) {
            throw new IllegalArgumentException("factor must be positive, was " + factor);
        }
        Objects.requireNonNull(engine, "engine");
    }
}
