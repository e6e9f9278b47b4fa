package dev.plantain.verifier;

import dev.plantain.art.ArtLibrary;
import dev.plantain.image.Lab;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Draws a plan the way the draft renderer does: a flat background, each instance's colour emoji roughly at its
 * box (a little off and a little smaller), recoloured in CIELAB keeping its shading when the entity has a colour,
 * and text on a light plate.
 */
final class ScenePainter {

    private ScenePainter() {}

    static BufferedImage paint(ScenePlan plan) {
        BufferedImage image = new BufferedImage(plan.width(), plan.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(Palette.named(plan.background()).rgb()));
            g.fillRect(0, 0, plan.width(), plan.height());
            int n = 0;
            for (Entity entity : plan.entities()) {
                for (Box box : entity.instances()) {
                    int side = (int) (Math.min(box.width(), box.height()) * 0.94);
                    BufferedImage art = ArtLibrary.fluentFlat().render(entity.artId(), side, side);
                    if (entity.color() != null) {
                        art = recolour(art, entity.color());
                    }
                    int jitter = n++ % 2 == 0 ? 5 : -4;
                    g.drawImage(
                            art,
                            box.x() + (box.width() - side) / 2 + jitter,
                            box.y() + (box.height() - side) / 2 - jitter,
                            null);
                }
            }
            for (TextSpec text : plan.texts()) {
                plate(g, text);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Every opaque pixel moved to the colour's a* and b*, its lightness shifted so the mean lands on the colour's. */
    static BufferedImage recolour(BufferedImage art, String colour) {
        Lab target = Palette.named(colour).lab();
        double sum = 0;
        int n = 0;
        for (int y = 0; y < art.getHeight(); y++) {
            for (int x = 0; x < art.getWidth(); x++) {
                int p = art.getRGB(x, y);
                if ((p >>> 24) > 0) {
                    sum += Lab.fromRgb(p & 0xffffff).l();
                    n++;
                }
            }
        }
        double shift = target.l() - (n == 0 ? 0 : sum / n);
        BufferedImage out = new BufferedImage(art.getWidth(), art.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < art.getHeight(); y++) {
            for (int x = 0; x < art.getWidth(); x++) {
                int p = art.getRGB(x, y);
                Lab lab = Lab.fromRgb(p & 0xffffff);
                int rgb = new Lab(Math.max(0, Math.min(100, lab.l() + shift)), target.a(), target.b()).toRgb();
                out.setRGB(x, y, (p & 0xff000000) | rgb);
            }
        }
        return out;
    }

    static BufferedImage mirrored(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
        g.dispose();
        return out;
    }

    static void paintOut(BufferedImage image, Box box, String background) {
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(Palette.named(background).rgb()));
        g.fillRect(box.x() - 10, box.y() - 10, box.width() + 20, box.height() + 20);
        g.dispose();
    }

    private static void plate(Graphics2D g, TextSpec text) {
        Box box = text.box();
        g.setColor(new Color(0xEEE8D5));
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 16, 16);
        g.setColor(new Color(0x6B4F2A));
        g.drawRoundRect(box.x(), box.y(), box.width(), box.height(), 16, 16);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, box.height() / 2));
        g.setColor(new Color(0x222222));
        g.drawString(text.content(), box.x() + box.height() / 4, box.y() + box.height() * 2 / 3);
    }
}
