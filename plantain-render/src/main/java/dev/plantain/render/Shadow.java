package dev.plantain.render;

import dev.plantain.plan.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/**
 * A soft contact shadow: a dark ellipse fading to nothing along the bottom of an instance's box, clipped to the box so
 * that a repaint of the instance repaints all of its shadow; faint enough (at most {@value #ALPHA} black) to stay
 * under a segmentation's foreground threshold on its own.
 */
final class Shadow {

    static final float ALPHA = 0.16f;

    private Shadow() {}

    static void draw(Graphics2D g, Box box) {
        double rx = box.width() * 0.42;
        double ry = Math.max(2, box.height() * 0.07);
        double cx = box.x() + box.width() / 2.0;
        double cy = box.bottom() - ry * 1.1;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.clipRect(box.x(), box.y(), box.width(), box.height());
            AffineTransform squash = new AffineTransform(1, 0, 0, ry / rx, 0, cy - cy * ry / rx);
            g2.setPaint(new RadialGradientPaint(
                    new Point2D.Double(cx, cy),
                    (float) rx,
                    new Point2D.Double(cx, cy),
                    new float[] {0f, 0.6f, 1f},
                    new Color[] {new Color(0, 0, 0, ALPHA), new Color(0, 0, 0, ALPHA * 0.55f), new Color(0, 0, 0, 0)},
                    MultipleGradientPaint.CycleMethod.NO_CYCLE,
                    MultipleGradientPaint.ColorSpaceType.SRGB,
                    squash));
            g2.fill(new Ellipse2D.Double(cx - rx, cy - ry, 2 * rx, 2 * ry));
        } finally {
            g2.dispose();
        }
    }
}
