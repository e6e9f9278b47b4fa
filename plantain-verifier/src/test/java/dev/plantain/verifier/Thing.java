package dev.plantain.verifier;

/** An object a test scene shows: its concept, its art and the palette colour it is planned in (or null). */
record Thing(String concept, String artId, String colour) {

    @Override
    public String toString() {
        return (colour == null ? "" : colour + " ") + concept;
    }
}
