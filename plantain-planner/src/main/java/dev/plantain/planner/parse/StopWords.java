package dev.plantain.planner.parse;

import java.util.Set;

/**
 * Words that carry no object of their own: articles, conjunctions, prepositions and particles outside relation phrases
 * ("shone down on": prompts never mean the feathers), pronouns, picture words ("photo", "scene") and the verbs and
 * participles prompts put between objects ("sitting", "holding").
 */
final class StopWords {

    private static final Set<String> WORDS = Set.of((""
                    + "the and or with of in on at by to from for into onto is are be being was were has have having it its "
                    + "their his her this that these those there here which who while as very some several many few other "
                    + "another each both together photo photograph picture image pic drawing painting illustration render "
                    + "rendering scene view shot showing shows show depicting featuring containing says say saying reads "
                    + "features feature read reading written writes word words text letters sitting standing lying placed positioned located "
                    + "left right top bottom middle center centre side front back corner background foreground colored "
                    + "coloured color colour same exactly holding holds wearing wears eating eats riding rides playing "
                    + "plays flying running jumping sleeping looking carrying carries resting floating hanging parked made "
                    + "filled full covered hold sit sits stand stands lie lies rest rests keep keeps mix mixes boil boils "
                    + "he him she they them we us you i me against up down ")
            .strip()
            .split(" "));

    private StopWords() {}

    static boolean contains(String word) {
        return WORDS.contains(word);
    }
}
