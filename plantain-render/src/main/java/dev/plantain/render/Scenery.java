package dev.plantain.render;

import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.List;
import java.util.Optional;

/**
 * A plan's setting painted as a backdrop: horizontal bands (sky, a far silhouette, ground) each a vertical colour
 * ramp with motifs in one detail colour at most {@value #DETAIL_DELTA_E} (CIE76) from the ramp's colour in that row,
 * so the scenery reads as atmosphere and a segmentation that models each row's own background colour does not take
 * it for an object; stars are specks. Every pixel is a pure function of its position and the plan's seed, size,
 * setting and colours, so painting any region gives exactly the pixels a full paint gives there.
 */
final class Scenery {

    /** The most any motif departs from its row's colour. */
    static final double DETAIL_DELTA_E = 8;

    private final int width;
    private final int height;
    private final int horizon;
    private final int footing;
    private final List<Band> bands;
    private final int[] bandOf;
    private final int[] base;
    private final int[] detail;

    Scenery(int width, int height, int horizon, int footing, List<Band> bands) {
        this.width = width;
        this.height = height;
        this.horizon = horizon;
        this.footing = footing;
        this.bands = List.copyOf(bands);
        this.bandOf = new int[height];
        this.base = new int[height];
        this.detail = new int[height];
        double[] steps = new double[height];
        for (int y = 0; y < height; y++) {
            int b = 0;
            while (b < bands.size() - 1 && y >= bands.get(b).bottom()) {
                b++;
            }
            bandOf[y] = b;
            base[y] = bands.get(b).colourAt(y);
            steps[y] = step(base[y], bands.get(b).detail());
        }
        // the least step of nearby rows of the same band, so the detail's strength does not flicker row to row
        int reach = Math.max(2, height / 40);
        for (int y = 0; y < height; y++) {
            double step = steps[y];
            for (int n = Math.max(0, y - reach); n <= Math.min(height - 1, y + reach); n++) {
                step = bandOf[n] == bandOf[y] ? Math.min(step, steps[n]) : step;
            }
            detail[y] = Tone.toward(base[y], bands.get(bandOf[y]).detail(), step);
        }
    }

    /**
     * The largest step from a row's colour towards the detail colour that stays within {@value #DETAIL_DELTA_E} of
     * it, both exactly and at five bits a channel, halfway as well as fully.
     */
    private static double step(int base, int target) {
        for (double step = DETAIL_DELTA_E; step > 0.5; step -= 0.5) {
            int detail = Tone.toward(base, target, step);
            if (Tone.coarseDistance(base, detail) <= DETAIL_DELTA_E
                    && Tone.coarseDistance(base, Tone.mix(base, detail, 0.5)) <= DETAIL_DELTA_E) {
                return step;
            }
        }
        return 0;
    }

    /** The scenery of the plan's setting, or empty when it has none this engine draws (a plain backdrop then). */
    static Optional<Scenery> of(ScenePlan plan) {
        return SceneryCatalog.scenery(plan);
    }

    /** The first row of the ground, where things stand; the canvas height when there is no ground. */
    int horizon() {
        return horizon;
    }

    /** The first row a walker can stand on: below the surf on a beach, else the horizon. */
    int footing() {
        return footing;
    }

    /** The backdrop's colour at a pixel. */
    int rgb(int x, int y) {
        Band band = bands.get(bandOf[y]);
        int colour = Tone.mix(base[y], detail[y], band.coverage(x, y));
        if (band.sparkles() != null) {
            colour = Tone.mix(colour, Band.SPARKLE, band.sparkles().coverage(x, y));
        }
        return colour;
    }

    /** Paints the backdrop inside an area (already clipped or not), pixel for pixel what a full paint gives. */
    void paint(Graphics2D g, Shape area) {
        Rectangle bounds = area.getBounds().intersection(new Rectangle(0, 0, width, height));
        if (bounds.isEmpty()) {
            return;
        }
        BufferedImage tile = new BufferedImage(bounds.width, bounds.height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < bounds.height; y++) {
            for (int x = 0; x < bounds.width; x++) {
                pixels[y * bounds.width + x] = rgb(bounds.x + x, bounds.y + y);
            }
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.clip(area);
            g2.drawImage(tile, bounds.x, bounds.y, null);
        } finally {
            g2.dispose();
        }
    }

    /** A soft shadow on the ground under an instance standing there, kept inside its box. */
    void castShadow(Graphics2D g, Box box) {
        if (box.bottom() > horizon) {
            Shadow.draw(g, box);
        }
    }
}
