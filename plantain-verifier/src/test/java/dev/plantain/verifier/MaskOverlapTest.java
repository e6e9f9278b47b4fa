package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import boofcv.struct.image.GrayU8;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MaskOverlapTest {

    @Test
    void givesWhatCountingEveryPixelOfTheWindowGivesAtEveryOffset() {
        Random random = new Random(11);
        GrayU8 image = blobs(61, 47, random);
        GrayU8 template = blobs(23, 17, random);
        MaskOverlap overlap = new MaskOverlap(template, image);
        for (int oy = -20; oy <= 50; oy += 3) {
            for (int ox = -25; ox <= 62; ox += 3) {
                assertThat(overlap.iou(ox, oy)).as("offset %d,%d", ox, oy).isEqualTo(counted(template, image, ox, oy));
            }
        }
    }

    /** Widths on both sides of a 64-pixel word, and every offset that overlaps the image or just misses it. */
    @ParameterizedTest
    @CsvSource({"1, 1, 1, 1", "63, 5, 64, 9", "64, 7, 65, 11", "65, 9, 130, 13", "130, 6, 63, 8", "200, 4, 129, 5"})
    void givesWhatCountingEveryPixelGivesForNoiseMasksAtEveryOffset(int tw, int th, int iw, int ih) {
        Random random = new Random(31L * tw + iw);
        GrayU8 template = noise(tw, th, random);
        GrayU8 image = noise(iw, ih, random);
        MaskOverlap overlap = new MaskOverlap(template, image);
        for (int oy = -th - 1; oy <= ih + 1; oy++) {
            for (int ox = -tw - 1; ox <= iw + 1; ox++) {
                assertThat(overlap.iou(ox, oy)).as("offset %d,%d", ox, oy).isEqualTo(counted(template, image, ox, oy));
            }
        }
    }

    /** Pixels outside the care mask count for neither side, at every offset and across word boundaries. */
    @ParameterizedTest
    @CsvSource({"63, 5, 64, 9", "65, 9, 130, 13", "130, 6, 63, 8"})
    void leavesOutThePixelsTheTemplateIsUnsureOf(int tw, int th, int iw, int ih) {
        Random random = new Random(7L * tw + ih);
        GrayU8 template = noise(tw, th, random);
        GrayU8 care = noise(tw, th, random);
        for (int i = 0; i < care.data.length; i++) {
            care.data[i] |= template.data[i];
        }
        GrayU8 image = noise(iw, ih, random);
        MaskOverlap overlap = new MaskOverlap(template, care, image);
        for (int oy = -th - 1; oy <= ih + 1; oy++) {
            for (int ox = -tw - 1; ox <= iw + 1; ox++) {
                assertThat(overlap.iou(ox, oy))
                        .as("offset %d,%d", ox, oy)
                        .isEqualTo(counted(template, care, image, ox, oy));
            }
        }
    }

    @Test
    void readsAnImageThatIsAViewIntoALargerOne() {
        Random random = new Random(5);
        GrayU8 whole = noise(150, 40, random);
        GrayU8 view = whole.subimage(7, 3, 140, 37);
        GrayU8 template = noise(70, 12, random);
        for (int ox = -80; ox <= 140; ox += 7) {
            assertThat(new MaskOverlap(template, view).iou(ox, 9))
                    .as("offset %d", ox)
                    .isEqualTo(counted(template, view.clone(), ox, 9));
        }
    }

    @Test
    void isOneWhereTheTemplateIsCutFromTheImageAndZeroForEmptyMasks() {
        GrayU8 image = blobs(40, 40, new Random(3));
        GrayU8 cut = image.subimage(10, 12, 30, 28).clone();
        // the window also sees image pixels only where the cut has them, so the two agree exactly
        assertThat(new MaskOverlap(cut, image).iou(10, 12)).isEqualTo(1.0);
        assertThat(new MaskOverlap(new GrayU8(5, 5), new GrayU8(9, 9)).iou(2, 2))
                .isZero();
    }

    /** The plain count: template and image foreground over the template's window, clipped to the image. */
    private static double counted(GrayU8 template, GrayU8 image, int ox, int oy) {
        GrayU8 all = template.createSameShape();
        java.util.Arrays.fill(all.data, (byte) 1);
        return counted(template, all, image, ox, oy);
    }

    /** The plain count over the window's pixels set in {@code care}. */
    private static double counted(GrayU8 template, GrayU8 care, GrayU8 image, int ox, int oy) {
        long both = 0;
        long either = 0;
        for (int y = 0; y < template.height; y++) {
            for (int x = 0; x < template.width; x++) {
                if (care.get(x, y) == 0) {
                    continue;
                }
                int ix = ox + x;
                int iy = oy + y;
                boolean t = template.get(x, y) != 0;
                boolean m = image.isInBounds(ix, iy) && image.get(ix, iy) != 0;
                both += t && m ? 1 : 0;
                either += t || m ? 1 : 0;
            }
        }
        return either == 0 ? 0 : both / (double) either;
    }

    /** Every pixel foreground by a coin toss, so that a count one column or row off is all but sure to differ. */
    private static GrayU8 noise(int width, int height, Random random) {
        GrayU8 mask = new GrayU8(width, height);
        for (int i = 0; i < mask.data.length; i++) {
            mask.data[i] = (byte) random.nextInt(2);
        }
        return mask;
    }

    private static GrayU8 blobs(int width, int height, Random random) {
        GrayU8 mask = new GrayU8(width, height);
        for (int i = 0; i < 6; i++) {
            int cx = random.nextInt(width);
            int cy = random.nextInt(height);
            int r = 2 + random.nextInt(Math.min(width, height) / 3);
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r) {
                        mask.set(x, y, 1);
                    }
                }
            }
        }
        return mask;
    }
}
