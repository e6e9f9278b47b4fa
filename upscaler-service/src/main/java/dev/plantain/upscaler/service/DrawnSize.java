package dev.plantain.upscaler.service;

import dev.plantain.plan.Box;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * The rule that takes a drawn candidate to the requested size: where its aspect ratio differs from the request's by
 * more than rounding (a model that draws only its own sizes), the largest centred region of the requested shape is
 * kept, never stretched; the upscaler then enlarges that by requested / drawn.
 */
final class DrawnSize {

    private DrawnSize() {}

    /** The centred crop to the requested shape, or empty when the candidate already has it (within a pixel). */
    static Optional<Box> crop(int width, int height, int requestedWidth, int requestedHeight) {
        long drawn = (long) width * requestedHeight;
        long asked = (long) height * requestedWidth;
        if (Math.abs(drawn - asked) <= Math.max(requestedWidth, requestedHeight)) {
            return Optional.empty();
        }
        int w = width;
        int h = height;
        if (drawn > asked) {
            w = (int) Math.max(1, Math.round((double) height * requestedWidth / requestedHeight));
        } else {
            h = (int) Math.max(1, Math.round((double) width * requestedHeight / requestedWidth));
        }
        return Optional.of(new Box((width - w) / 2, (height - h) / 2, w, h));
    }

    /** The region as an image of its own (not a view sharing the candidate's raster). */
    static BufferedImage cut(BufferedImage image, Box region) {
        BufferedImage out = new BufferedImage(region.width(), region.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, -region.x(), -region.y(), null);
        g.dispose();
        return out;
    }

    /** Requested over used width: 2 for a 1024-wide candidate of a 2048-wide request. */
    static double factor(int usedWidth, int requestedWidth) {
        return (double) requestedWidth / usedWidth;
    }
}
