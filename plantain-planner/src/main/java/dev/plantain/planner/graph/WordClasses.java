package dev.plantain.planner.graph;

/** The parts of speech the scene graph needs to know a word by (the planner answers from WordNet). */
public interface WordClasses {

    boolean isNoun(String word);

    boolean isVerb(String word);

    /** A verb's -ing or past form ("sleeping", "parked"). */
    boolean isVerbForm(String word);

    boolean isAdjective(String word);

    boolean isAdverb(String word);

    /** A noun whose every sense is abstract (WordNet's abstraction, never a physical entity): "attention", "idea". */
    boolean isAbstractNoun(String word);

    /** A noun whose first sense is a time: a season, a time of day ("autumn", "dusk"). */
    boolean isTimeNoun(String word);
}
