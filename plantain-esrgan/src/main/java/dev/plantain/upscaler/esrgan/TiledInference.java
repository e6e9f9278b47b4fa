package dev.plantain.upscaler.esrgan;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;

/**
 * Runs a super-resolution network over an image of any size in tiles: each tile is cropped with enough context
 * around it that its core does not see the crop's edge (past the image's edge, the image mirrored), and neighbouring
 * tiles are blended linearly across a band on their shared edge, so there are no seams and no dark rim, and memory is
 * bounded by the tile size.
 */
public final class TiledInference {

    /** A network on one planar RGB crop: {@code 3 x height x width} in, enlarged {@code scale} times out. */
    @FunctionalInterface
    public interface Network {
        float[] run(float[] planar, int height, int width);
    }

    private final Network network;
    private final int scale;
    private final int tile;
    private final int margin;
    private final int blend;

    /**
     * @param tile the largest tile core, in input pixels
     * @param margin context around each tile beyond the blend band, in input pixels (the network's receptive field
     *     makes the tiles agree exactly with a whole-image run)
     * @param blend width of the band neighbouring tiles are blended across, in input pixels (even)
     */
    public TiledInference(Network network, int scale, int tile, int margin, int blend) {
        if (tile < 2 * blend || blend < 2 || blend % 2 != 0) {
            throw new IllegalArgumentException("tile " + tile + " must be at least twice the even blend band " + blend);
        }
        this.network = network;
        this.scale = scale;
        this.tile = tile;
        this.margin = margin;
        this.blend = blend;
    }

    public BufferedImage upscale(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BufferedImage out = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        List<TileSpan> columns = TileSpan.split(width, tile, margin, blend);
        List<TileSpan> rows = TileSpan.split(height, tile, margin, blend);
        int tallest = rows.stream().mapToInt(r -> r.core1() - r.core0()).max().orElse(0);
        BlendBand band = new BlendBand(width * scale, (tallest + blend) * scale + 2 * scale, target);
        for (TileSpan row : rows) {
            float[] rowWeights = row.weights(scale);
            for (TileSpan column : columns) {
                float[] planar = network.run(crop(pixels, width, column, row), row.cropSize(), column.cropSize());
                band.add(
                        planar,
                        column.crop0() * scale,
                        row.crop0() * scale,
                        column.cropSize() * scale,
                        row.cropSize() * scale,
                        column.weights(scale),
                        rowWeights);
            }
            band.settle(row.settledBefore(scale));
        }
        return out;
    }

    private static float[] crop(int[] pixels, int width, TileSpan column, TileSpan row) {
        int w = column.cropSize();
        int h = row.cropSize();
        int plane = w * h;
        float[] planar = new float[3 * plane];
        int height = pixels.length / width;
        int[] columns = new int[w];
        for (int x = 0; x < w; x++) {
            columns[x] = TileSpan.mirror(column.crop0() + x, width);
        }
        for (int y = 0; y < h; y++) {
            int from = TileSpan.mirror(row.crop0() + y, height) * width;
            for (int x = 0; x < w; x++) {
                int p = pixels[from + columns[x]];
                int i = y * w + x;
                planar[i] = (p >> 16) & 0xff;
                planar[plane + i] = (p >> 8) & 0xff;
                planar[2 * plane + i] = p & 0xff;
            }
        }
        return planar;
    }
}
