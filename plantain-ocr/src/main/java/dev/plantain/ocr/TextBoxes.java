package dev.plantain.ocr;

import boofcv.alg.filter.binary.BinaryImageOps;
import boofcv.struct.ConnectRule;
import boofcv.struct.image.GrayS32;
import boofcv.struct.image.GrayU8;
import dev.plantain.plan.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * DB post-processing of the detection model's probability map: pixels above {@value #PIXEL_THRESHOLD} are text,
 * connected components (BoofCV) are text lines, a line is kept when its mean probability reaches
 * {@value #BOX_THRESHOLD}, and its box is grown back by the DB "unclip" distance (area x {@value #UNCLIP_RATIO} /
 * perimeter), since the model is trained to predict shrunken text regions.
 */
final class TextBoxes {

    static final float PIXEL_THRESHOLD = 0.3f;
    static final double BOX_THRESHOLD = 0.5;
    static final double UNCLIP_RATIO = 1.5;
    private static final int MIN_SIDE = 3;

    private TextBoxes() {}

    /** Boxes in map coordinates, clipped to the map, in reading order. */
    static List<Box> of(Tensor map) {
        int h = map.dim(2);
        int w = map.dim(3);
        float[] p = map.values();
        GrayU8 mask = new GrayU8(w, h);
        for (int i = 0; i < p.length; i++) {
            mask.data[i] = (byte) (p[i] > PIXEL_THRESHOLD ? 1 : 0);
        }
        GrayS32 labels = new GrayS32(w, h);
        int n = BinaryImageOps.contour(mask, ConnectRule.EIGHT, labels).size() + 1;
        int[] bounds = new int[4 * n];
        double[] sum = new double[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            bounds[4 * i] = Integer.MAX_VALUE;
            bounds[4 * i + 1] = Integer.MAX_VALUE;
            bounds[4 * i + 2] = -1;
            bounds[4 * i + 3] = -1;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int label = labels.data[y * w + x];
                if (label > 0) {
                    sum[label] += p[y * w + x];
                    count[label]++;
                    bounds[4 * label] = Math.min(bounds[4 * label], x);
                    bounds[4 * label + 1] = Math.min(bounds[4 * label + 1], y);
                    bounds[4 * label + 2] = Math.max(bounds[4 * label + 2], x);
                    bounds[4 * label + 3] = Math.max(bounds[4 * label + 3], y);
                }
            }
        }
        List<Box> boxes = new ArrayList<>();
        for (int label = 1; label < n; label++) {
            int bw = bounds[4 * label + 2] - bounds[4 * label] + 1;
            int bh = bounds[4 * label + 3] - bounds[4 * label + 1] + 1;
            if (count[label] == 0 || Math.min(bw, bh) < MIN_SIDE || sum[label] / count[label] < BOX_THRESHOLD) {
                continue;
            }
            int d = (int) Math.round(bw * (double) bh * UNCLIP_RATIO / (2.0 * (bw + bh)));
            int x0 = Math.max(0, bounds[4 * label] - d);
            int y0 = Math.max(0, bounds[4 * label + 1] - d);
            int x1 = Math.min(w, bounds[4 * label + 2] + 1 + d);
            int y1 = Math.min(h, bounds[4 * label + 3] + 1 + d);
            boxes.add(new Box(x0, y0, x1 - x0, y1 - y0));
        }
        return readingOrder(boxes);
    }

    /** Top to bottom; boxes whose vertical centres lie within half a line of each other read left to right. */
    static List<Box> readingOrder(List<Box> boxes) {
        List<Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingDouble(Box::centerY));
        List<Box> ordered = new ArrayList<>();
        int start = 0;
        while (start < sorted.size()) {
            Box first = sorted.get(start);
            int end = start + 1;
            while (end < sorted.size() && sorted.get(end).centerY() - first.centerY() < first.height() / 2.0) {
                end++;
            }
            List<Box> line = new ArrayList<>(sorted.subList(start, end));
            line.sort(Comparator.comparingInt(Box::x));
            ordered.addAll(line);
            start = end;
        }
        return ordered;
    }
}
