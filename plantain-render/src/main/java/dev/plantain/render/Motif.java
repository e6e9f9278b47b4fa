package dev.plantain.render;

/** One drawn element of a backdrop band (clouds, a sun, a tree line), as a pure function of the pixel position. */
@FunctionalInterface
interface Motif {

    /** How far a pixel goes from its band's colour towards the band's detail colour: 0 not at all, 1 fully. */
    double coverage(int x, int y);
}
