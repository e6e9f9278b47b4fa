package dev.plantain.bench.upscale;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;

/**
 * Seeded dead-leaves textures: shaded ellipses of random size, colour and angle, each laid over the ones before, the
 * way fallen leaves or pebbles cover the ground. With sizes drawn from a density proportional to 1/r³ the result has
 * the two properties of photographs that matter to an upscaler (Lee, Mumford and Huang 2001): occluding edges, and a
 * power spectrum near 1/f². Camera texture-sharpness charts (ISO 19567-2) use the same model for the same reason.
 */
public final class DeadLeaves {

    /** How a kind of ground looks: its colours and how elongated its leaves are (1 is round). */
    record Ground(List<Color> colours, double minAspect) {}

    public static final Ground AUTUMN = new Ground(
            List.of(new Color(160, 82, 30), new Color(205, 140, 40), new Color(120, 40, 25), new Color(95, 110, 40)),
            0.45);
    public static final Ground PEBBLES = new Ground(
            List.of(new Color(150, 145, 135), new Color(95, 90, 85), new Color(190, 175, 150), new Color(120, 100, 80)),
            0.65);
    public static final Ground PETALS = new Ground(
            List.of(
                    new Color(230, 150, 180),
                    new Color(250, 235, 240),
                    new Color(200, 60, 110),
                    new Color(90, 130, 50)),
            0.4);
    public static final Ground MOSS = new Ground(
            List.of(new Color(60, 95, 30), new Color(110, 140, 45), new Color(35, 55, 25), new Color(150, 150, 90)),
            0.55);

    private static final int SUPERSAMPLE = 4;
    private static final double MIN_RADIUS = 1.0;
    private static final int LEAVES_PER_PIXEL_AREA = 60;

    private DeadLeaves() {}

    /**
     * A {@code width x height} texture, drawn at 4x and shrunk with an antialiased bicubic filter, so its edges are
     * as soft as a camera's rather than aliased; leaf radii run from 1 pixel to a fifth of the shorter side.
     */
    public static BufferedImage render(Ground ground, int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage big = new BufferedImage(width * SUPERSAMPLE, height * SUPERSAMPLE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = big.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(SUPERSAMPLE, SUPERSAMPLE);
        g.setColor(ground.colours().get(0));
        g.fillRect(0, 0, width, height);
        double maxRadius = Math.min(width, height) / 5.0;
        int leaves = width * height * LEAVES_PER_PIXEL_AREA / 100;
        for (int i = 0; i < leaves; i++) {
            double r = radius(random, maxRadius);
            double aspect = ground.minAspect() + random.nextDouble() * (1 - ground.minAspect());
            double x = -maxRadius + random.nextDouble() * (width + 2 * maxRadius);
            double y = -maxRadius + random.nextDouble() * (height + 2 * maxRadius);
            Color base =
                    shade(ground.colours().get(random.nextInt(ground.colours().size())), random);
            AffineTransform before = g.getTransform();
            g.translate(x, y);
            g.rotate(random.nextDouble() * Math.PI);
            g.setPaint(new GradientPaint(
                    (float) -r, (float) -r, brighter(base, 1.18), (float) r, (float) r, brighter(base, 0.78)));
            g.fill(new Ellipse2D.Double(-r, -r * aspect, 2 * r, 2 * r * aspect));
            g.setTransform(before);
        }
        g.dispose();
        return BicubicDownscale.resize(big, width, height);
    }

    /** A radius with density proportional to 1/r³ between 1 pixel and {@code max} (inverse of its distribution). */
    private static double radius(Random random, double max) {
        double lo = 1 / (MIN_RADIUS * MIN_RADIUS);
        double hi = 1 / (max * max);
        return 1 / Math.sqrt(lo - random.nextDouble() * (lo - hi));
    }

    private static Color shade(Color colour, Random random) {
        return brighter(colour, 0.8 + random.nextDouble() * 0.4);
    }

    private static Color brighter(Color c, double factor) {
        return new Color(clamp(c.getRed() * factor), clamp(c.getGreen() * factor), clamp(c.getBlue() * factor));
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
