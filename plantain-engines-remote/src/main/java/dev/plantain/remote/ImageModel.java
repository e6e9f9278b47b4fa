package dev.plantain.remote;

import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;

/**
 * One image model API as the remote engines use it: draw from a prompt, or edit an image inside an area by an
 * instruction. Each API chooses the sizes it can draw; the engines fit what comes back (crop an aspect mismatch,
 * never stretch). Implementations classify every failure as a {@link dev.plantain.failure.DependencyFailure}.
 */
public interface ImageModel {

    /** The engine's name as a configuration word: {@code openai-images}, {@code gemini}, {@code comfyui}. */
    String name();

    /** The size this model is asked to draw for a canvas of the given size: its own size nearest in shape. */
    PixelSize drawSize(int width, int height);

    /** A new image from a prompt; the answer may be of another size than asked. */
    BufferedImage draw(String prompt, PixelSize size, long seed);

    /** The size this model is sent an edit at, for a crop of the given size (the crop is letterboxed into it). */
    PixelSize editSize(int width, int height);

    /**
     * The image edited by an instruction.
     *
     * @param image the image to edit, of {@link #editSize}
     * @param area the part of {@code image} the model may change; the rest must stay, though a model may not obey
     * @param instruction what to change, in words
     */
    BufferedImage edit(BufferedImage image, Box area, String instruction, long seed);
}
