package dev.plantain.render;

/**
 * The marks of a ground or wall band: grass blades, grains of sand, wave dashes, floor planks, wallpaper stripes,
 * light rays and rain streaks, each seeded and addressed by position alone; sizes scale with {@code scale}.
 */
final class GroundMarks {

    private GroundMarks() {}

    /** Short upright blades, one per small cell where the hash allows. */
    static Motif blades(long seed, double scale) {
        int cw = (int) Math.max(3, 9 * scale);
        int ch = (int) Math.max(3, 12 * scale);
        double half = Math.max(0.6, 0.9 * scale);
        return (x, y) -> {
            long cx = Math.floorDiv(x, cw);
            long cy = Math.floorDiv(y, ch);
            if (SceneryNoise.hash(seed, cx, cy) > 0.6) {
                return 0;
            }
            double bx = cx * cw + half + SceneryNoise.hash(seed + 1, cx, cy) * (cw - 2 * half);
            double length = ch * (0.5 + 0.5 * SceneryNoise.hash(seed + 2, cx, cy));
            double up = (cy + 1) * ch - (y + 0.5);
            if (up < 0 || up > length) {
                return 0;
            }
            double lean = (SceneryNoise.hash(seed + 3, cx, cy) - 0.5) * up * 0.5;
            return Math.max(0, Math.min(1, half + 0.5 - Math.abs(x + 0.5 - bx - lean)));
        };
    }

    /** Small round grains (sand, snow crust, moon dust), at most one per cell. */
    static Motif grains(long seed, double scale, double density) {
        int cell = (int) Math.max(3, 7 * scale);
        double r = Math.max(0.7, 1.1 * scale);
        return (x, y) -> {
            long cx = Math.floorDiv(x, cell);
            long cy = Math.floorDiv(y, cell);
            if (SceneryNoise.hash(seed, cx, cy) > density) {
                return 0;
            }
            double gx = cx * cell + r + SceneryNoise.hash(seed + 1, cx, cy) * (cell - 2 * r);
            double gy = cy * cell + r + SceneryNoise.hash(seed + 2, cx, cy) * (cell - 2 * r);
            return 0.8 * Math.max(0, Math.min(1, r + 0.5 - Math.hypot(x + 0.5 - gx, y + 0.5 - gy)));
        };
    }

    /** Horizontal dashes of light on water, longer and further apart towards the viewer (lower rows). */
    static Motif waves(long seed, double scale, int top, int bottom) {
        double thickness = Math.max(1, 1.6 * scale);
        return (x, y) -> {
            double depth = (y - top) / (double) Math.max(1, bottom - top);
            int ch = (int) Math.max(3, (8 + 16 * depth) * scale);
            int cw = (int) Math.max(8, (40 + 90 * depth) * scale);
            long cy = Math.floorDiv(y - top, ch);
            double row = top + cy * ch + ch / 2.0;
            double off = SceneryNoise.hash(seed, 0, cy) * cw;
            long cx = (long) Math.floor((x - off) / cw);
            double length = cw * (0.25 + 0.45 * SceneryNoise.hash(seed + 1, cx, cy));
            double start = off + cx * cw;
            if (x < start || x >= start + length) {
                return 0;
            }
            return 0.9 * Math.max(0, Math.min(1, thickness / 2 + 0.5 - Math.abs(y + 0.5 - row)));
        };
    }

    /** Floor or table planks: a seam every plank, and butt joints staggered from plank to plank. */
    static Motif planks(long seed, double scale, int top) {
        int plank = (int) Math.max(6, 34 * scale);
        int line = (int) Math.max(1, Math.round(2 * scale));
        int length = (int) Math.max(40, 260 * scale);
        return (x, y) -> {
            long row = Math.floorDiv(y - top, plank);
            if (Math.floorMod(y - top, plank) < line) {
                return 1;
            }
            int shift = (int) (SceneryNoise.hash(seed, 0, row) * length);
            return Math.floorMod(x + shift, length) < line ? 1 : 0;
        };
    }

    /** Soft vertical wallpaper stripes. */
    static Motif stripes(double scale) {
        double period = Math.max(8, 48 * scale);
        return (x, y) -> 0.35 + 0.35 * Math.sin(2 * Math.PI * x / period);
    }

    /** A window pane in a wall, its frame in the band's own colour. */
    static Motif window(int left, int top, int width, int height, double scale) {
        int bar = (int) Math.max(2, 6 * scale);
        return (x, y) -> {
            if (x < left || x >= left + width || y < top || y >= top + height) {
                return 0;
            }
            int inX = x - left;
            int inY = y - top;
            boolean frame = inX < bar
                    || inY < bar
                    || inX >= width - bar
                    || inY >= height - bar
                    || Math.abs(inX - width / 2) < bar / 2 + 1
                    || Math.abs(inY - height / 2) < bar / 2 + 1;
            return frame ? 0 : 1;
        };
    }

    /** Slanted shafts of light, fading downwards from row {@code top} to {@code bottom}. */
    static Motif rays(double scale, int top, int bottom) {
        double period = Math.max(16, 150 * scale);
        return (x, y) -> {
            double fade = 1 - (y - top) / (double) Math.max(1, bottom - top);
            double s = Math.sin(2 * Math.PI * (x + 0.35 * y) / period);
            return fade * Math.pow(Math.max(0, s), 6);
        };
    }

    /** Thin slanted streaks of rain, one per tall cell where the hash allows. */
    static Motif rain(long seed, double scale) {
        int cw = (int) Math.max(4, 18 * scale);
        int ch = (int) Math.max(8, 60 * scale);
        return (x, y) -> {
            long cx = Math.floorDiv(x, cw);
            long cy = Math.floorDiv(y, ch);
            if (SceneryNoise.hash(seed, cx, cy) > 0.5) {
                return 0;
            }
            double along = y - cy * ch;
            double length = ch * (0.3 + 0.4 * SceneryNoise.hash(seed + 1, cx, cy));
            if (along > length) {
                return 0;
            }
            double sx = cx * cw + SceneryNoise.hash(seed + 2, cx, cy) * cw * 0.5 + along * 0.25;
            return 0.9 * Math.max(0, Math.min(1, 1 - Math.abs(x + 0.5 - sx)));
        };
    }
}
