package dev.plantain.bench.upscale;

import java.awt.image.BufferedImage;

/** How the quality benchmark shrinks each image before enlarging it back x2, and how it scores the result. */
enum SrProtocol {
    /**
     * The one super-resolution papers report (and these networks were trained for): MATLAB-style bicubic downscale
     * with antialiasing, PSNR on the Y channel (BT.601 studio range, as MATLAB's {@code rgb2ycbcr}) with a border
     * of {@code scale} pixels cropped; SSIM on luma over the same crop.
     */
    STANDARD("standard SR protocol: bicubic x1/2 downscale with antialiasing (MATLAB imresize), PSNR on Y"
            + " (BT.601, as rgb2ycbcr), SSIM on luma, a 2-pixel border cropped"),
    /** Plantain's first protocol: 2x2 box averaging, PSNR over R, G and B, the whole image. */
    BOX("box protocol: 2x2 box average, PSNR over R, G and B, SSIM on luma, the whole image");

    private static final int BORDER = 2;

    private final String description;

    SrProtocol(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    BufferedImage shrink(BufferedImage image) {
        int w = image.getWidth() / 2;
        int h = image.getHeight() / 2;
        return this == STANDARD ? BicubicDownscale.resize(image, w, h) : BenchQuality.halve(image);
    }

    double psnr(BufferedImage original, BufferedImage back) {
        return this == STANDARD ? ImageQuality.psnrY(crop(original), crop(back)) : ImageQuality.psnr(original, back);
    }

    double ssim(BufferedImage original, BufferedImage back) {
        return this == STANDARD ? ImageQuality.ssim(crop(original), crop(back)) : ImageQuality.ssim(original, back);
    }

    private static BufferedImage crop(BufferedImage image) {
        return image.getSubimage(BORDER, BORDER, image.getWidth() - 2 * BORDER, image.getHeight() - 2 * BORDER);
    }
}
