package dev.plantain.render;

import dev.plantain.image.Lab;
import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;

/** The mean CIELAB colour of the ring of pixels just outside a box, sampled on a grid, inside the image. */
public final class RingSample {

    private RingSample() {}

    /**
     * @param margin the ring's width, in pixels
     * @param samplesASide about how many grid samples span the ring's outer box along its longer side
     * @return the mean colour, white when the ring lies wholly outside the image
     */
    public static Lab mean(BufferedImage image, Box box, int margin, int samplesASide) {
        Box outer = box.grow(margin);
        int step = Math.max(1, Math.max(outer.width(), outer.height()) / samplesASide);
        double l = 0;
        double a = 0;
        double b = 0;
        int n = 0;
        for (int y = Math.max(0, outer.y()); y < Math.min(image.getHeight(), outer.bottom()); y += step) {
            for (int x = Math.max(0, outer.x()); x < Math.min(image.getWidth(), outer.right()); x += step) {
                boolean inside = x >= box.x() && x < box.right() && y >= box.y() && y < box.bottom();
                if (!inside) {
                    Lab p = Lab.fromRgb(image.getRGB(x, y) & 0xffffff);
                    l += p.l();
                    a += p.a();
                    b += p.b();
                    n++;
                }
            }
        }
        return n == 0 ? new Lab(100, 0, 0) : new Lab(l / n, a / n, b / n);
    }
}
