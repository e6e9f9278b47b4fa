package dev.plantain.bench;

import dev.plantain.render.PlateFont;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays images out as a contact sheet: thumbnails in a grid on a dark ground, each with its caption (wrapped to a few
 * lines) and a green "passed" or red "failed" mark under it.
 */
final class ContactSheet {

    /** One picture on the sheet. */
    record Tile(BufferedImage image, String caption, boolean passed, String note) {}

    private static final int PAD = 12;
    private static final int CAPTION_LINES = 3;
    private static final Color GROUND = new Color(0x1E1F24);
    private static final Color TEXT = new Color(0xECECEC);
    private static final Color PASSED = new Color(0x4CC26B);
    private static final Color FAILED = new Color(0xE0564B);

    private final int thumb;
    private final int columns;
    private final Font font;
    private final Font small;

    ContactSheet(int thumb, int columns) {
        this.thumb = thumb;
        this.columns = columns;
        this.font = PlateFont.resolve().deriveFont(Font.PLAIN, thumb / 26f);
        this.small = font.deriveFont(thumb / 30f);
    }

    BufferedImage draw(List<Tile> tiles) {
        int lineHeight = Math.round(font.getSize2D() * 1.3f);
        int captionHeight = lineHeight * (CAPTION_LINES + 1) + PAD;
        int rows = (tiles.size() + columns - 1) / columns;
        int cellW = thumb + PAD;
        int cellH = thumb + captionHeight + PAD;
        BufferedImage sheet = new BufferedImage(PAD + columns * cellW, PAD + rows * cellH, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(GROUND);
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            for (int i = 0; i < tiles.size(); i++) {
                int x = PAD + (i % columns) * cellW;
                int y = PAD + (i / columns) * cellH;
                drawTile(g, tiles.get(i), x, y, lineHeight);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    /** The image shrunk to fit a square thumbnail, so that a sheet of many prompts keeps no full-size image. */
    static BufferedImage fit(BufferedImage image, int thumb) {
        double scale = Math.min((double) thumb / image.getWidth(), (double) thumb / image.getHeight());
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        return Thumbnails.scale(image, w, h);
    }

    private void drawTile(Graphics2D g, Tile tile, int x, int y, int lineHeight) {
        BufferedImage image = fit(tile.image(), thumb);
        int w = image.getWidth();
        int h = image.getHeight();
        g.drawImage(image, x + (thumb - w) / 2, y + (thumb - h) / 2, null);
        g.setFont(font);
        g.setColor(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        int baseline = y + thumb + PAD / 2 + metrics.getAscent();
        for (String line : wrap(tile.caption(), metrics)) {
            g.drawString(line, x, baseline);
            baseline += lineHeight;
        }
        g.setFont(small);
        g.setColor(tile.passed() ? PASSED : FAILED);
        g.drawString(
                (tile.passed() ? "passed" : "failed") + " · " + tile.note(),
                x,
                y + thumb + PAD / 2 + metrics.getAscent() + CAPTION_LINES * lineHeight);
    }

    /** The caption in lines no wider than a thumbnail, the last one cut with an ellipsis if need be. */
    private List<String> wrap(String caption, FontMetrics metrics) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : caption.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(next) > thumb && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        if (lines.size() > CAPTION_LINES) {
            List<String> cut = new ArrayList<>(lines.subList(0, CAPTION_LINES));
            cut.set(CAPTION_LINES - 1, cut.get(CAPTION_LINES - 1) + " …");
            return cut;
        }
        return lines;
    }
}
