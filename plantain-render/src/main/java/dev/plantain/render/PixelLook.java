package dev.plantain.render;

/**
 * Pixel art: the canvas cut into square blocks on a grid anchored at the canvas origin, each block filled with its
 * mean colour; blocks mostly covered by objects take the nearest colour of a palette of {@value #LEVELS} levels per
 * channel, while the backdrop keeps its own colours so that its gentle ramps do not turn into steps a segmenter would
 * see as objects. The block's side grows with the canvas.
 */
public final class PixelLook implements Look {

    /** Blocks along the canvas's shorter side. */
    static final int BLOCKS = 112;
    /** Levels per channel of the reduced palette. */
    public static final int LEVELS = 7;

    public static int block(int width, int height) {
        return Math.max(2, Math.round(Math.min(width, height) / (float) BLOCKS));
    }

    @Override
    public int reach(int width, int height) {
        return block(width, height);
    }

    @Override
    public void apply(Layers layers) {
        int side = block(layers.canvasWidth, layers.canvasHeight);
        int x0 = layers.region.x;
        int y0 = layers.region.y;
        int x1 = x0 + layers.width();
        int y1 = y0 + layers.height();
        for (int by = Math.floorDiv(y0, side) * side; by < y1; by += side) {
            for (int bx = Math.floorDiv(x0, side) * side; bx < x1; bx += side) {
                fill(layers, Math.max(bx, x0), Math.max(by, y0), Math.min(bx + side, x1), Math.min(by + side, y1));
            }
        }
    }

    /** Fills the part of one block inside the region with its mean colour, on the palette. */
    private static void fill(Layers layers, int left, int top, int right, int bottom) {
        int w = layers.width();
        long r = 0;
        long g = 0;
        long b = 0;
        long opacity = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                int i = (y - layers.region.y) * w + x - layers.region.x;
                int p = layers.composite(i);
                r += Channels.red(p);
                g += Channels.green(p);
                b += Channels.blue(p);
                opacity += layers.objects[i] >>> 24;
            }
        }
        double n = (double) (right - left) * (bottom - top);
        int colour = opacity >= n * 255 / 2
                ? Channels.rgb(level(r / n), level(g / n), level(b / n))
                : Channels.rgb(r / n, g / n, b / n);
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                layers.out[(y - layers.region.y) * w + x - layers.region.x] = colour;
            }
        }
    }

    private static double level(double channel) {
        double step = 255.0 / (LEVELS - 1);
        return Math.round(channel / step) * step;
    }
}
