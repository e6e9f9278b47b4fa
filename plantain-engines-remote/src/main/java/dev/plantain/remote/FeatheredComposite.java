package dev.plantain.remote;

import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;

/**
 * Puts a model's edit back into the original through Plantain's own mask: inside the area the edit blends in over a
 * feather that ramps from the area's edge inwards; outside the area every pixel is the original's, whatever the
 * model returned there.
 */
public final class FeatheredComposite {

    private FeatheredComposite() {}

    /**
     * @param original the full image
     * @param edit the edited crop, as large as {@code crop}
     * @param crop where the edit stands in the original
     * @param area the area that may change, inside {@code crop}
     * @param feather the width of the blend ramp in pixels, inside the area
     */
    public static BufferedImage apply(BufferedImage original, BufferedImage edit, Box crop, Box area, int feather) {
        BufferedImage out = new BufferedImage(original.getWidth(), original.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.setData(ImageModelImages.rgb(original).getRaster());
        int x0 = Math.max(area.x(), Math.max(crop.x(), 0));
        int y0 = Math.max(area.y(), Math.max(crop.y(), 0));
        int x1 = Math.min(area.right(), Math.min(crop.right(), original.getWidth()));
        int y1 = Math.min(area.bottom(), Math.min(crop.bottom(), original.getHeight()));
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                double inward = Math.min(
                        Math.min(x - area.x() + 0.5, area.right() - x - 0.5),
                        Math.min(y - area.y() + 0.5, area.bottom() - y - 0.5));
                double a = feather <= 0 ? 1 : Math.min(1, inward / feather);
                int e = edit.getRGB(x - crop.x(), y - crop.y());
                int o = out.getRGB(x, y);
                out.setRGB(x, y, blend(o, e, a));
            }
        }
        return out;
    }

    private static int blend(int o, int e, double a) {
        int r = mix(o >> 16, e >> 16, a);
        int g = mix(o >> 8, e >> 8, a);
        int b = mix(o, e, a);
        return (r << 16) | (g << 8) | b;
    }

    private static int mix(int o, int e, double a) {
        return (int) Math.round((o & 0xff) * (1 - a) + (e & 0xff) * a);
    }
}
