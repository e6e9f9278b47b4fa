package dev.plantain.upscaler;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.stream.IntStream;

/**
 * The classical fallback upscaler: separable Lanczos-3 resampling to any exact size, each channel on its own,
 * clamped to the 8-bit range. Bands of target rows are resampled in parallel, each band resampling horizontally only
 * the source rows it needs, so memory stays small at 4K. (BoofCV offers bilinear, bicubic and polynomial
 * interpolation but no Lanczos.)
 */
public final class LanczosUpscaler implements ImageUpscaler {

    private static final int BAND_ROWS = 64;

    @Override
    public BufferedImage upscale(BufferedImage image, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("target size must be at least 1x1, was " + width + "x" + height);
        }
        int sw = image.getWidth();
        int sh = image.getHeight();
        boolean alpha = image.getColorModel().hasAlpha();
        int channels = alpha ? 4 : 3;
        int[] source = image.getRGB(0, 0, sw, sh, null, 0, sw);
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage out = new BufferedImage(width, height, type);
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        LanczosWeights columns = LanczosWeights.of(sw, width);
        LanczosWeights rows = LanczosWeights.of(sh, height);
        BandResampler resampler = new BandResampler(source, sw, target, width, channels, columns, rows);
        int bands = (height + BAND_ROWS - 1) / BAND_ROWS;
        IntStream.range(0, bands)
                .parallel()
                .forEach(b -> resampler.resample(b * BAND_ROWS, Math.min(height, (b + 1) * BAND_ROWS)));
        return out;
    }

    @Override
    public String name() {
        return "lanczos3";
    }
}
