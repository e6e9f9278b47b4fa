package dev.plantain.remote;

import dev.plantain.image.ImageCodec;
import java.awt.image.BufferedImage;

/** The image conversions the remote engines share: packed RGB in, PNG bytes out. */
final class ImageModelImages {

    private ImageModelImages() {}

    static BufferedImage rgb(BufferedImage image) {
        return ImageCodec.toRgb(image);
    }

    static byte[] png(BufferedImage image) {
        return ImageCodec.encodePng(rgb(image));
    }
}
