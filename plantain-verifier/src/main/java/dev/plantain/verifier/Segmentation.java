package dev.plantain.verifier;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.struct.ConnectRule;
import boofcv.struct.image.GrayS32;
import boofcv.struct.image.GrayU8;
import dev.plantain.image.Lab;
import java.util.ArrayList;
import java.util.List;

/**
 * The foreground of a working image: pixels far in CIELAB from their row's background (a local model read from the
 * row's own ends, see {@link RowBackground}, so a sky over a ground is backdrop too), closed so that one drawing's
 * parts join, and labelled into connected components.
 */
final class Segmentation {

    /** CIE76 distance from the background beyond which a pixel is foreground. */
    static final double FOREGROUND_DELTA_E = 12;

    /** The most common colour along the image's border, the whole image's background when it is flat. */
    final int background;
    /** The background of each working row. */
    private final Lab[] rows;

    final double foregroundShare;
    final List<Component> components;
    /** The closed foreground mask at working resolution, 1 for foreground. */
    final GrayU8 mask;
    /** Full-resolution pixels per working pixel. */
    final int scale;
    /** The radius of the closing that joined one drawing's parts, in working pixels. */
    final int radius;

    private Segmentation(
            int background,
            Lab[] rows,
            double foregroundShare,
            List<Component> components,
            GrayU8 mask,
            int scale,
            int radius) {
        this.background = background;
        this.rows = rows;
        this.foregroundShare = foregroundShare;
        this.components = components;
        this.mask = mask;
        this.scale = scale;
        this.radius = radius;
    }

    /** The closing this segmentation applies, for masks that must be compared with its own. */
    static GrayU8 close(GrayU8 mask, int radius) {
        GrayU8 closed = BinaryImageOps.erode8(BinaryImageOps.dilate8(mask, radius, null), radius, null);
        // erosion eats pixels at the canvas edge, which the clipping check needs: keep every original pixel
        BinaryImageOps.logicOr(closed, mask, closed);
        return closed;
    }

    static Segmentation of(WorkingImage image) {
        int background = BorderColour.of(image);
        Lab[] rows = RowBackground.of(image, background);
        GrayU8 mask = new GrayU8(image.width, image.height);
        int foreground = 0;
        for (int i = 0; i < image.rgb.length; i++) {
            if (ColourTable.distance(ColourTable.index(image.rgb[i]), rows[i / image.width]) > FOREGROUND_DELTA_E) {
                mask.data[i] = 1;
                foreground++;
            }
        }
        int radius = Math.max(1, Math.round(Math.max(image.width, image.height) / 256f));
        GrayU8 closed = close(mask, radius);
        GrayS32 labels = new GrayS32(image.width, image.height);
        int count = BinaryImageOps.contour(closed, ConnectRule.EIGHT, labels).size();
        double share = foreground / (double) image.rgb.length;
        return new Segmentation(
                background, rows, share, measure(image, mask, labels, count), closed, image.scale, radius);
    }

    /** The background of a working row, clamped to the image. */
    Lab backgroundAt(int workingRow) {
        return rows[Math.max(0, Math.min(rows.length - 1, workingRow))];
    }

    private static List<Component> measure(WorkingImage image, GrayU8 mask, GrayS32 labels, int count) {
        int n = count + 1;
        int families = ColourTable.FAMILY_COUNT;
        long[] pixels = new long[n];
        long[] sumX = new long[n];
        long[] sumY = new long[n];
        int[] bounds = new int[n * 4];
        int[] all = new int[n * families];
        int[] chromatic = new int[n * families];
        double[] lab = new double[n * 3];
        java.util.Arrays.fill(bounds, -1);
        for (int y = 0; y < image.height; y++) {
            for (int x = 0; x < image.width; x++) {
                int i = y * image.width + x;
                int label = labels.data[i];
                if (label == 0 || mask.data[i] == 0) {
                    continue;
                }
                pixels[label]++;
                sumX[label] += x;
                sumY[label] += y;
                grow(bounds, label * 4, x, y);
                int colour = ColourTable.index(image.rgb[i]);
                int family = ColourTable.family(colour);
                lab[label * 3] += ColourTable.lightness(colour);
                lab[label * 3 + 1] += ColourTable.a(colour);
                lab[label * 3 + 2] += ColourTable.b(colour);
                all[label * families + family]++;
                if (ColourTable.chromatic(colour)) {
                    chromatic[label * families + family]++;
                }
            }
        }
        List<Component> components = new ArrayList<>();
        double half = image.scale / 2.0;
        long pixelArea = (long) image.scale * image.scale;
        for (int label = 1; label < n; label++) {
            if (pixels[label] == 0) {
                continue;
            }
            int b = label * 4;
            boolean edge = bounds[b] == 0
                    || bounds[b + 1] == 0
                    || bounds[b + 2] == image.width - 1
                    || bounds[b + 3] == image.height - 1;
            components.add(new Component(
                    image.toFull(bounds[b], bounds[b + 1], bounds[b + 2], bounds[b + 3]),
                    sumX[label] / (double) pixels[label] * image.scale + half,
                    sumY[label] / (double) pixels[label] * image.scale + half,
                    pixels[label] * pixelArea,
                    java.util.Arrays.copyOfRange(all, label * families, (label + 1) * families),
                    java.util.Arrays.copyOfRange(chromatic, label * families, (label + 1) * families),
                    edge,
                    new Lab(
                            lab[label * 3] / pixels[label],
                            lab[label * 3 + 1] / pixels[label],
                            lab[label * 3 + 2] / pixels[label])));
        }
        return components;
    }

    private static void grow(int[] bounds, int at, int x, int y) {
        if (bounds[at] < 0) {
            bounds[at] = x;
            bounds[at + 1] = y;
            bounds[at + 2] = x;
            bounds[at + 3] = y;
            return;
        }
        bounds[at] = Math.min(bounds[at], x);
        bounds[at + 1] = Math.min(bounds[at + 1], y);
        bounds[at + 2] = Math.max(bounds[at + 2], x);
        bounds[at + 3] = Math.max(bounds[at + 3], y);
    }
}
