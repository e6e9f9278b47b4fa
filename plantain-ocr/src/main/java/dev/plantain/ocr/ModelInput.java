package dev.plantain.ocr;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Turns pixels into the tensors PP-OCR was trained on: channels in BGR order (the order OpenCV reads), planar,
 * normalised per channel as {@code (v / 255 - mean) / std}.
 */
final class ModelInput {

    /** Detection: ImageNet statistics, applied to B, G, R in that order as PaddleOCR does. */
    static final float[] DETECTION_MEAN = {0.485f, 0.456f, 0.406f};

    static final float[] DETECTION_STD = {0.229f, 0.224f, 0.225f};
    /** Recognition: every channel to -1..1. */
    static final float[] RECOGNITION_MEAN = {0.5f, 0.5f, 0.5f};

    static final float[] RECOGNITION_STD = {0.5f, 0.5f, 0.5f};

    private ModelInput() {}

    /**
     * {@code image} resized to {@code width} x {@code height} at the left of a {@code paddedWidth} wide tensor whose
     * padding is zero after normalisation, as a batch of one.
     */
    static Tensor of(BufferedImage image, int width, int height, int paddedWidth, float[] mean, float[] std) {
        BufferedImage scaled = resize(image, width, height);
        int[] rgb = scaled.getRGB(0, 0, width, height, null, 0, width);
        int plane = height * paddedWidth;
        float[] values = new float[3 * plane];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = rgb[y * width + x];
                int at = y * paddedWidth + x;
                values[at] = ((p & 0xff) / 255f - mean[0]) / std[0];
                values[plane + at] = (((p >> 8) & 0xff) / 255f - mean[1]) / std[1];
                values[2 * plane + at] = (((p >> 16) & 0xff) / 255f - mean[2]) / std[2];
            }
        }
        return new Tensor(values, new long[] {1, 3, height, paddedWidth});
    }

    static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
