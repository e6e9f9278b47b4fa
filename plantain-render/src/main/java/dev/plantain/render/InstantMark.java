package dev.plantain.render;

/**
 * The mark the benchmark-only instant refiner sets on a candidate's top-left pixel and the instant verifier reads,
 * so a benchmark job makes exactly one refine round.
 */
public final class InstantMark {

    /** The colour of the top-left pixel of a refined candidate. */
    public static final int MARK = 0xFFFFFF;

    private InstantMark() {}
}
