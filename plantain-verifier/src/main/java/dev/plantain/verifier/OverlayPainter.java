package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Draws each check's evidence region on a copy of the image: green when passed, red otherwise, with a label. */
final class OverlayPainter {

    private static final Color PASSED = new Color(0x1E, 0xB9, 0x4B);
    private static final Color NOT_PASSED = new Color(0xE0, 0x22, 0x22);

    private OverlayPainter() {}

    static BufferedImage paint(BufferedImage image, List<CheckResult> checks) {
        int w = image.getWidth();
        int h = image.getHeight();
        BufferedImage overlay = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = overlay.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int longSide = Math.max(w, h);
            g.setStroke(new BasicStroke(Math.max(2, longSide / 400f)));
            g.setFont(new Font("DejaVu Sans", Font.BOLD, Math.max(10, longSide / 64)));
            FontMetrics metrics = g.getFontMetrics();
            Map<Box, Integer> labelsAt = new HashMap<>();
            for (CheckResult check : checks) {
                Box box = check.region() == null ? new Box(0, 0, w, h) : check.region();
                int line = labelsAt.merge(box, 1, Integer::sum) - 1;
                Color colour = check.passed() ? PASSED : NOT_PASSED;
                g.setColor(colour);
                if (check.region() != null) {
                    g.drawRect(box.x(), box.y(), box.width(), box.height());
                }
                String label = check.checkId() + ": " + check.status().label();
                int textX = Math.max(0, Math.min(box.x(), w - metrics.stringWidth(label) - 4));
                int lineHeight = metrics.getHeight() + 2;
                // labels stack above the region so the evidence itself stays visible, inside it at the top edge
                int above = box.y() - (line + 1) * lineHeight;
                int textY = above >= 0 && check.region() != null
                        ? above
                        : Math.min(box.y() + line * lineHeight, h - metrics.getHeight());
                g.fillRect(textX, textY, metrics.stringWidth(label) + 4, metrics.getHeight());
                g.setColor(Color.WHITE);
                g.drawString(label, textX + 2, textY + metrics.getAscent());
            }
        } finally {
            g.dispose();
        }
        return overlay;
    }
}
