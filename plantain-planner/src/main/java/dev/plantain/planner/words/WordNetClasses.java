package dev.plantain.planner.words;

import dev.plantain.planner.graph.WordClasses;

/** The scene graph's parts of speech, answered by WordNet 3.1. */
public enum WordNetClasses implements WordClasses {
    INSTANCE;

    @Override
    public boolean isNoun(String word) {
        return WordNet.hasNounForm(word);
    }

    @Override
    public boolean isVerb(String word) {
        return WordNet.isVerb(word);
    }

    @Override
    public boolean isVerbForm(String word) {
        return WordNet.isVerbForm(word) || WordNet.isPastForm(word);
    }

    @Override
    public boolean isAdjective(String word) {
        return WordNet.isAdjective(word);
    }

    @Override
    public boolean isAdverb(String word) {
        return WordNet.isAdverb(word);
    }

    @Override
    public boolean isTimeNoun(String word) {
        return WordNet.isTimeNoun(word);
    }

    @Override
    public boolean isAbstractNoun(String word) {
        return WordNet.isAbstractNoun(word);
    }
}
