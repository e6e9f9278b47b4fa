package dev.plantain.remote;

import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** How a server reads an edit mask: which pixels of the mask PNG mark the area it may repaint. */
public enum MaskConvention {
    /**
     * OpenAI's {@code /images/edits} (and ComfyUI's {@code LoadImage}, which takes 1 - alpha as its mask): fully
     * transparent pixels (alpha 0) mark the area to edit, opaque pixels the area to keep.
     */
    ALPHA_ZERO,
    /**
     * White on black, read as one grey channel (LocalAI's {@code /images/inpainting}, stable-diffusion.cpp's
     * {@code sd-server}, A1111): white marks the area to edit, black the area to keep.
     */
    WHITE;

    /** The mask PNG for an image of the given size that may change only inside {@code area}. */
    public byte[] png(int width, int height, Box area) {
        BufferedImage mask = this == ALPHA_ZERO
                ? new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB)
                : new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean edit = x >= area.x() && x < area.right() && y >= area.y() && y < area.bottom();
                mask.setRGB(x, y, pixel(edit));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(mask, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private int pixel(boolean edit) {
        if (this == ALPHA_ZERO) {
            return edit ? 0x00000000 : 0xFF000000;
        }
        return edit ? 0xFFFFFFFF : 0xFF000000;
    }
}
