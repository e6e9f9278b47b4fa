package dev.plantain.verifier;

import dev.plantain.image.Lab;
import dev.plantain.plan.Box;

/**
 * One connected blob of foreground in canvas coordinates: its bounds, the centroid and area of its own pixels
 * (not of the gaps the closing filled), its pixels' colour families and their mean colour.
 */
record Component(
        Box box,
        double centerX,
        double centerY,
        long area,
        int[] families,
        int[] chromaticFamilies,
        boolean touchesEdge,
        Lab meanColour) {

    Component merge(Component other) {
        long total = area + other.area;
        int[] all = new int[families.length];
        int[] chromatic = new int[families.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = families[i] + other.families[i];
            chromatic[i] = chromaticFamilies[i] + other.chromaticFamilies[i];
        }
        return new Component(
                box.union(other.box),
                (centerX * area + other.centerX * other.area) / total,
                (centerY * area + other.centerY * other.area) / total,
                total,
                all,
                chromatic,
                touchesEdge || other.touchesEdge,
                new Lab(
                        mean(meanColour.l(), other.meanColour.l(), other.area),
                        mean(meanColour.a(), other.meanColour.a(), other.area),
                        mean(meanColour.b(), other.meanColour.b(), other.area)));
    }

    private double mean(double mine, double theirs, long theirArea) {
        return (mine * area + theirs * theirArea) / (area + theirArea);
    }

    /**
     * Whether the two are fragments of one drawing: most of the smaller box lies inside the larger, or one is a
     * small part (at most a third of the other's pixels) standing just off the other (a gap of at most
     * {@value #FRAGMENT_GAP} of its size), like an alarm clock's bells. Instances of one entity share a size, so a
     * part that small is not another instance.
     */
    boolean sameDrawing(Component other) {
        long smaller = Math.min(box.area(), other.box.area());
        if (smaller > 0 && box.intersection(other.box) >= 0.5 * smaller) {
            return true;
        }
        Component big = area >= other.area ? this : other;
        Component small = big == this ? other : this;
        int gapX = Math.max(0, Math.max(big.box.x() - small.box.right(), small.box.x() - big.box.right()));
        int gapY = Math.max(0, Math.max(big.box.y() - small.box.bottom(), small.box.y() - big.box.bottom()));
        return 3 * small.area <= big.area
                && Math.max(gapX, gapY) <= FRAGMENT_GAP * Math.max(big.box.width(), big.box.height());
    }

    static final double FRAGMENT_GAP = 0.15;

    FamilyShares colours() {
        return FamilyShares.of(families, chromaticFamilies);
    }

    FamilyShares allColours() {
        return FamilyShares.of(families);
    }
}
