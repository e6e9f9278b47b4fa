package dev.plantain.verifier;

import dev.plantain.plan.Box;

/**
 * One connected blob of foreground in canvas coordinates: its bounds, the centroid and area of its own pixels
 * (not of the gaps the closing filled), and its pixels' colour families.
 */
record Component(
        Box box,
        double centerX,
        double centerY,
        long area,
        int[] families,
        int[] chromaticFamilies,
        boolean touchesEdge) {

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
                touchesEdge || other.touchesEdge);
    }

    /** Whether most of the smaller of the two boxes lies inside the larger: fragments of one drawing. */
    boolean sameDrawing(Component other) {
        long smaller = Math.min(box.area(), other.box.area());
        return smaller > 0 && box.intersection(other.box) >= 0.5 * smaller;
    }

    FamilyShares colours() {
        return FamilyShares.of(families, chromaticFamilies);
    }

    FamilyShares allColours() {
        return FamilyShares.of(families);
    }
}
