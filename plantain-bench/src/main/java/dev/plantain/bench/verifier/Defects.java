package dev.plantain.bench.verifier;

import dev.plantain.image.Lab;
import dev.plantain.plan.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** The pixel operations that turn a correct image into a wrong one for the verifier's error corpus. */
final class Defects {

    /** Pixels closer than this to the background (CIE76) are background, left alone by a hue rotation. */
    private static final double BACKGROUND_DELTA_E = 12;

    private Defects() {}

    static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    static BufferedImage paintOut(BufferedImage image, Box box, int background, int margin) {
        BufferedImage out = copy(image);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(background));
        g.fillRect(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
        g.dispose();
        return out;
    }

    /** Every non-background pixel in the box turned {@code degrees} round the a*b* hue circle, lightness kept. */
    static BufferedImage rotateHue(BufferedImage image, Box box, int background, double degrees) {
        BufferedImage out = copy(image);
        Lab bg = Lab.fromRgb(background);
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        for (int y = Math.max(0, box.y()); y < Math.min(out.getHeight(), box.bottom()); y++) {
            for (int x = Math.max(0, box.x()); x < Math.min(out.getWidth(), box.right()); x++) {
                Lab lab = Lab.fromRgb(out.getRGB(x, y) & 0xffffff);
                if (Math.hypot(Math.hypot(lab.l() - bg.l(), lab.a() - bg.a()), lab.b() - bg.b()) > BACKGROUND_DELTA_E) {
                    Lab turned = new Lab(lab.l(), lab.a() * cos - lab.b() * sin, lab.a() * sin + lab.b() * cos);
                    out.setRGB(x, y, turned.toRgb());
                }
            }
        }
        return out;
    }

    static BufferedImage flip(BufferedImage image, boolean horizontal) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        if (horizontal) {
            g.drawImage(image, w, 0, -w, h, null);
        } else {
            g.drawImage(image, 0, h, w, -h, null);
        }
        g.dispose();
        return out;
    }

    static BufferedImage flat(int width, int height, int rgb) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return out;
    }

    /** Random RGB in the box (the whole image when null). */
    static BufferedImage noise(BufferedImage image, Box box, Random random) {
        BufferedImage out = copy(image);
        Box area = box == null ? new Box(0, 0, out.getWidth(), out.getHeight()) : box;
        for (int y = Math.max(0, area.y()); y < Math.min(out.getHeight(), area.bottom()); y++) {
            for (int x = Math.max(0, area.x()); x < Math.min(out.getWidth(), area.right()); x++) {
                out.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return out;
    }
}
