package dev.plantain.remote;

import java.awt.image.BufferedImage;

/**
 * The size rule for a drawn image: crop the centre to the canvas's shape (an aspect mismatch is cropped, never
 * stretched), then shrink to the canvas when larger; an image smaller than the canvas keeps its size, so the upscaler
 * enlarges it by requested / drawn instead of a fixed factor.
 */
public final class SizeFit {

    /** The fitted image and a line saying what was done to the model's answer. */
    public record Fitted(BufferedImage image, String note) {}

    private SizeFit() {}

    public static Fitted toCanvas(BufferedImage drawn, int canvasWidth, int canvasHeight, String model) {
        int w = drawn.getWidth();
        int h = drawn.getHeight();
        double want = (double) canvasWidth / canvasHeight;
        int cropW = w;
        int cropH = h;
        if ((double) w / h > want) {
            cropW = Math.max(1, (int) Math.round(h * want));
        } else {
            cropH = Math.max(1, (int) Math.round(w / want));
        }
        BufferedImage image =
                cropW == w && cropH == h ? drawn : Resize.crop(drawn, (w - cropW) / 2, (h - cropH) / 2, cropW, cropH);
        StringBuilder note = new StringBuilder(
                model + " drew " + w + "x" + h + " for a " + canvasWidth + "x" + canvasHeight + " canvas");
        if (image != drawn) {
            note.append(", centre cropped to ").append(cropW).append('x').append(cropH);
        }
        if (cropW > canvasWidth || cropH > canvasHeight) {
            image = Resize.to(image, canvasWidth, canvasHeight);
            note.append(", shrunk to ").append(canvasWidth).append('x').append(canvasHeight);
        } else if (cropW < canvasWidth) {
            note.append(", kept at ").append(cropW).append('x').append(cropH).append(" for the upscaler to enlarge");
        }
        return new Fitted(ImageModelImages.rgb(image), note.toString());
    }
}
