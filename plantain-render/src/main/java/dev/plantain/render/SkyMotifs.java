package dev.plantain.render;

/** The motifs of a sky: soft clouds, a sun or moon with its glow, and stars, each seeded and position-addressed. */
final class SkyMotifs {

    private SkyMotifs() {}

    /** Soft cloud banks between rows {@code top} and {@code bottom}, wider than tall, denser mid-band. */
    static Motif clouds(long seed, int width, int top, int bottom, double cover) {
        double scale = Math.max(8, width / 5.0);
        double height = Math.max(1, bottom - top);
        double threshold = 0.62 - 0.2 * cover;
        return (x, y) -> {
            if (y < top || y >= bottom) {
                return 0;
            }
            double envelope = Math.sin(Math.PI * (y - top) / height);
            double n = SceneryNoise.fractal(seed, x / scale, y / (scale * 0.35));
            return Tone.smoothstep(threshold, threshold + 0.14, n * (0.6 + 0.4 * envelope)) * 0.85;
        };
    }

    /** A disc of radius {@code r} at (cx, cy), antialiased, in a glow that fades out over another 1.3 radii. */
    static Motif glow(double cx, double cy, double r) {
        return (x, y) -> {
            double d = Math.hypot(x + 0.5 - cx, y + 0.5 - cy);
            if (d <= r + 0.5) {
                return Math.min(1, r + 0.5 - d + 0.55);
            }
            double halo = Math.max(0, 1 - (d - r) / (1.3 * r));
            return 0.55 * halo * halo;
        };
    }

    /**
     * Stars: at most one per cell of {@code cell} pixels, a point of about {@code radius} pixels, so small that a
     * segmentation sees it as a speck. Only the rows above {@code bottom} hold stars.
     */
    static Motif stars(long seed, int cell, double radius, int bottom) {
        return (x, y) -> {
            if (y >= bottom) {
                return 0;
            }
            long cx = Math.floorDiv(x, cell);
            long cy = Math.floorDiv(y, cell);
            if (SceneryNoise.hash(seed, cx, cy) > 0.45) {
                return 0;
            }
            double margin = radius + 1;
            double sx = cx * cell + margin + SceneryNoise.hash(seed + 1, cx, cy) * (cell - 2 * margin);
            double sy = cy * cell + margin + SceneryNoise.hash(seed + 2, cx, cy) * (cell - 2 * margin);
            double r = radius * (0.5 + 0.7 * SceneryNoise.hash(seed + 3, cx, cy));
            double d = Math.hypot(x + 0.5 - sx, y + 0.5 - sy);
            double brightness = 0.45 + 0.55 * SceneryNoise.hash(seed + 4, cx, cy);
            return brightness * Math.max(0, Math.min(1, r + 0.5 - d));
        };
    }
}
