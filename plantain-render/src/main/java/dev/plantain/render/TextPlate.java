package dev.plantain.render;

import dev.plantain.plan.Box;
import dev.plantain.plan.TextSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.RoundRectangle2D;
import java.util.List;

/**
 * Sets quoted text on its carrier: a light rounded plate with a dark border filling the text's box, and the text
 * centred on it in bold DejaVu Sans (see {@link PlateFont}), on one line or two, at the largest size that fits.
 */
final class TextPlate {

    private static final Font BASE = PlateFont.resolve();
    private static final float PROBE = 100f;

    private TextPlate() {}

    static void draw(Graphics2D g, TextSpec text, boolean emphasised) {
        Box box = text.box();
        if (box == null || box.width() < 4 || box.height() < 4) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            float stroke = Math.max(2f, Math.min(box.width(), box.height()) / (emphasised ? 18f : 28f));
            double inset = stroke / 2.0;
            double arc = Math.min(box.width(), box.height()) * 0.25;
            RoundRectangle2D plate = new RoundRectangle2D.Double(
                    box.x() + inset, box.y() + inset, box.width() - stroke, box.height() - stroke, arc, arc);
            g2.setColor(emphasised ? Color.WHITE : new Color(0xF7F3E3));
            g2.fill(plate);
            g2.setColor(emphasised ? Color.BLACK : new Color(0x2B2B2B));
            g2.setStroke(new BasicStroke(stroke));
            g2.draw(plate);
            double padding = stroke + Math.min(box.width(), box.height()) * (emphasised ? 0.08 : 0.12);
            setText(g2, text.content(), box, padding, emphasised ? Color.BLACK : new Color(0x1A1A1A));
        } finally {
            g2.dispose();
        }
    }

    private static void setText(Graphics2D g, String content, Box box, double padding, Color colour) {
        double innerWidth = box.width() - 2 * padding;
        double innerHeight = box.height() - 2 * padding;
        if (content.isBlank() || innerWidth <= 0 || innerHeight <= 0) {
            return;
        }
        FontRenderContext frc = g.getFontRenderContext();
        Font probe = BASE.deriveFont(PROBE);
        LineMetrics metrics = probe.getLineMetrics(content, frc);
        double lineHeight = metrics.getAscent() + metrics.getDescent();
        List<String> lines = List.of(content.strip());
        double size = fit(probe, lines, innerWidth, innerHeight, lineHeight, frc);
        List<String> split = twoLines(content.strip());
        if (split.size() == 2) {
            double splitSize = fit(probe, split, innerWidth, innerHeight, lineHeight, frc);
            if (splitSize > size * 1.15) {
                lines = split;
                size = splitSize;
            }
        }
        Font font = BASE.deriveFont((float) Math.max(4, size));
        double scale = font.getSize2D() / PROBE;
        double ascent = metrics.getAscent() * scale;
        double step = lineHeight * scale;
        double top = box.centerY() - step * lines.size() / 2.0;
        g.setFont(font);
        g.setColor(colour);
        for (int i = 0; i < lines.size(); i++) {
            double width = font.getStringBounds(lines.get(i), frc).getWidth();
            g.drawString(lines.get(i), (float) (box.centerX() - width / 2), (float) (top + i * step + ascent));
        }
    }

    private static double fit(
            Font probe, List<String> lines, double width, double height, double lineHeight, FontRenderContext frc) {
        double widest = lines.stream()
                .mapToDouble(l -> probe.getStringBounds(l, frc).getWidth())
                .max()
                .orElse(1);
        return PROBE * Math.min(width / widest, height / (lineHeight * lines.size()));
    }

    /** The text split at the space nearest its middle, or the text alone when it has no space. */
    private static List<String> twoLines(String content) {
        int middle = content.length() / 2;
        int best = -1;
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0
                ? List.of(content)
                : List.of(
                        content.substring(0, best).strip(),
                        content.substring(best).strip());
    }
}
