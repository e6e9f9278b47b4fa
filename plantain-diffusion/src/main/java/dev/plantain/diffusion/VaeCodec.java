package dev.plantain.diffusion;

import java.util.Map;

/**
 * The VAE both ways: latents to pixels through {@code vae_decoder} (in overlapping tiles blended linearly when the
 * image is larger than one tile, so the decoder's memory stays that of one tile), and pixels to latents through
 * {@code vae_encoder} (the distribution's mean). Pixels are planar RGB in -1..1.
 */
final class VaeCodec {

    private final DiffusionExport export;
    private final int tile;
    private final int overlap;

    /**
     * @param tile the largest latent side decoded at once (64 latents = 512 pixels)
     * @param overlap latents shared by neighbouring tiles, blended across
     */
    VaeCodec(DiffusionExport export, int tile, int overlap) {
        if (overlap < 1 || tile <= 2 * overlap) {
            throw new IllegalArgumentException("tile " + tile + " must exceed twice the overlap " + overlap);
        }
        this.export = export;
        this.tile = tile;
        this.overlap = overlap;
    }

    /** Decodes {@code [1, 4, h, w]} latents (already divided by nothing: this applies the VAE scaling). */
    float[] decode(float[] latents, int h, int w) {
        float[] scaled = Latents.scale(latents, 1 / export.vaeScaling());
        int f = export.vaeFactor();
        if (h <= tile && w <= tile) {
            return decodeTile(scaled, 4, h, w);
        }
        int height = h * f;
        int width = w * f;
        float[] sum = new float[3 * height * width];
        float[] weights = new float[height * width];
        for (int y0 : starts(h)) {
            int th = Math.min(tile, h - y0);
            for (int x0 : starts(w)) {
                int tw = Math.min(tile, w - x0);
                float[] pixels = decodeTile(crop(scaled, h, w, y0, x0, th, tw), 4, th, tw);
                accumulate(
                        sum,
                        weights,
                        pixels,
                        height,
                        width,
                        y0 * f,
                        x0 * f,
                        th * f,
                        tw * f,
                        y0 > 0,
                        x0 > 0,
                        y0 + th < h,
                        x0 + tw < w);
            }
        }
        int plane = height * width;
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= weights[i % plane];
        }
        return sum;
    }

    /** Encodes {@code [1, 3, H, W]} pixels to scaled {@code [1, 4, H/8, W/8]} latents. */
    float[] encode(float[] pixels, int height, int width) {
        OnnxComponent encoder = export.vaeEncoder()
                .orElseThrow(() -> new DiffusionException("inpainting needs vae_encoder/ in the export"));
        Map<String, Tensor> out = encoder.run(Map.of("sample", Tensor.of(pixels, 1, 3, height, width)));
        Tensor latents = out.containsKey("latent_parameters") ? out.get("latent_parameters") : out.get("latent_sample");
        if (latents == null) {
            throw new DiffusionException(
                    "the VAE encoder gives neither latent_parameters nor latent_sample but " + out.keySet());
        }
        int plane = (height / export.vaeFactor()) * (width / export.vaeFactor());
        float[] mean = new float[4 * plane];
        System.arraycopy(latents.floats(), 0, mean, 0, mean.length);
        return Latents.scale(mean, export.vaeScaling());
    }

    private float[] decodeTile(float[] latents, int channels, int h, int w) {
        Map<String, Tensor> out =
                export.vaeDecoder().run(Map.of("latent_sample", Tensor.of(latents, 1, channels, h, w)));
        Tensor sample = out.get("sample");
        if (sample == null) {
            throw new DiffusionException("the VAE decoder gives no 'sample' but " + out.keySet());
        }
        return sample.floats();
    }

    private int[] starts(int size) {
        if (size <= tile) {
            return new int[] {0};
        }
        int stride = tile - overlap;
        int count = (size - overlap + stride - 1) / stride;
        int[] starts = new int[count];
        for (int i = 0; i < count; i++) {
            starts[i] = Math.min(i * stride, size - tile);
        }
        return starts;
    }

    private static float[] crop(float[] latents, int h, int w, int y0, int x0, int th, int tw) {
        float[] out = new float[4 * th * tw];
        for (int c = 0; c < 4; c++) {
            for (int y = 0; y < th; y++) {
                System.arraycopy(latents, (c * h + y0 + y) * w + x0, out, (c * th + y) * tw, tw);
            }
        }
        return out;
    }

    private void accumulate(
            float[] sum,
            float[] weights,
            float[] pixels,
            int height,
            int width,
            int top,
            int left,
            int th,
            int tw,
            boolean rampTop,
            boolean rampLeft,
            boolean rampBottom,
            boolean rampRight) {
        int band = overlap * export.vaeFactor();
        float[] wy = ramp(th, band, rampTop, rampBottom);
        float[] wx = ramp(tw, band, rampLeft, rampRight);
        for (int y = 0; y < th; y++) {
            for (int x = 0; x < tw; x++) {
                float weight = wy[y] * wx[x];
                int at = (top + y) * width + left + x;
                weights[at] += weight;
                for (int c = 0; c < 3; c++) {
                    sum[c * height * width + at] += weight * pixels[(c * th + y) * tw + x];
                }
            }
        }
    }

    /** 1 across the tile, rising linearly from near 0 across the band at each edge a neighbour shares. */
    private static float[] ramp(int length, int band, boolean start, boolean end) {
        float[] r = new float[length];
        for (int i = 0; i < length; i++) {
            float v = 1;
            if (start) {
                v = Math.min(v, (i + 0.5f) / band);
            }
            if (end) {
                v = Math.min(v, (length - i - 0.5f) / band);
            }
            r[i] = v;
        }
        return r;
    }
}
