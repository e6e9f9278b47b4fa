package dev.plantain.planner.words;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 noun hypernyms ("poodle" is a dog, "sedan" is a car), for nouns the art does not name directly. The
 * dictionary loads once, on the first noun that needs it; answers are cached. Thread-safe.
 */
public final class WordNet {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> NOUNS = new ConcurrentHashMap<>();

    private WordNet() {}

    /**
     * The noun's hypernyms as hyphen-joined lemmas, nearest first, most common sense first; empty when WordNet does
     * not know the noun as a noun.
     */
    public static List<String> hypernyms(String noun) {
        return CACHE.computeIfAbsent(noun, WordNet::lookUp);
    }

    /** Whether WordNet knows the word, or the hyphen-joined words, as a noun (or the plural of one). */
    public static boolean isNoun(String word) {
        return NOUNS.computeIfAbsent(word, w -> noun(w) != null);
    }

    /**
     * The noun's index entry, only when it is the noun itself or its singular: WordNet's own lookup also answers
     * with a shorter collocation inside the words ("hot dogs sit" as "hot dog") or a verb's stem ("cooked").
     */
    private static IndexWord noun(String words) {
        try {
            String spaced = words.replace('-', ' ');
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.NOUN, spaced);
            if (found == null) {
                return null;
            }
            String lemma = found.getLemma().toLowerCase(Locale.ROOT);
            String last = spaced.substring(spaced.lastIndexOf(' ') + 1);
            String prefix = spaced.substring(0, spaced.length() - last.length());
            boolean same =
                    lemma.equals(spaced) || Inflection.singulars(last).stream().anyMatch(s -> lemma.equals(prefix + s));
            return same ? found : null;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + words + "'", e);
        }
    }

    /** Whether WordNet reads the word as any form of a noun ("craftsmen"), however loosely; "completed" it does not. */
    public static boolean hasNounForm(String word) {
        try {
            return Holder.DICTIONARY.lookupIndexWord(POS.NOUN, word.replace('-', ' ')) != null;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /** Whether WordNet knows the word as an adjective ("empty", "black"). */
    public static boolean isAdjective(String word) {
        try {
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.ADJECTIVE, word.replace('-', ' '));
            return found != null && found.getLemma().equalsIgnoreCase(word.replace('-', ' '));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /** Whether WordNet knows the word as an adverb ("quickly", "together"). */
    static boolean isAdverb(String word) {
        try {
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.ADVERB, word.replace('-', ' '));
            return found != null && found.getLemma().equalsIgnoreCase(word.replace('-', ' '));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /**
     * Whether every one of the noun's first three senses is abstract by WordNet's lexicographer files (an attribute,
     * feeling, idea, act, communication, relation, state, quantity or process: "attention", "idea", "beauty"); a noun
     * with a sense that can be seen (a thing, an animal, a person, a plant, food, a place, weather) is not.
     */
    public static boolean isAbstractNoun(String word) {
        try {
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.NOUN, word.replace('-', ' '));
            if (found == null || found.getSenses().isEmpty()) {
                return false;
            }
            List<net.sf.extjwnl.data.Synset> senses = found.getSenses();
            return senses.subList(0, Math.min(3, senses.size())).stream()
                    .allMatch(sense -> ABSTRACT_FILES.contains(sense.getLexFileName()));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /** Whether the noun's first sense is a time (WordNet's noun.time): "autumn", "dusk", "midnight". */
    public static boolean isTimeNoun(String word) {
        try {
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.NOUN, word.replace('-', ' '));
            return found != null
                    && !found.getSenses().isEmpty()
                    && found.getSenses().get(0).getLexFileName().equals("noun.time");
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    private static final Set<String> ABSTRACT_FILES = Set.of(
            "noun.attribute",
            "noun.cognition",
            "noun.communication",
            "noun.feeling",
            "noun.motive",
            "noun.relation",
            "noun.state",
            "noun.act",
            "noun.quantity",
            "noun.process",
            "noun.event");

    /** Whether WordNet knows the word as any form of a verb ("serve", "displays", "led"). */
    public static boolean isVerb(String word) {
        try {
            return Holder.DICTIONARY.lookupIndexWord(POS.VERB, word.replace('-', ' ')) != null;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /** Whether the word is a verb's -ing form ("walking", "feeding"), read as the action, not as a thing. */
    public static boolean isVerbForm(String word) {
        return word.endsWith("ing") && isInflectedVerb(word);
    }

    /** Whether the word is a verb's past form ("chased", "completed"), even where WordNet also has it as a noun. */
    public static boolean isPastForm(String word) {
        return word.endsWith("ed") && isInflectedVerb(word);
    }

    private static boolean isInflectedVerb(String word) {
        try {
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.VERB, word.replace('-', ' '));
            return found != null && !found.getLemma().equalsIgnoreCase(word.replace('-', ' '));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /** Whether WordNet knows the word at all, as any part of speech. */
    public static boolean isKnown(String word) {
        try {
            for (POS pos : POS.getAllPOS()) {
                if (Holder.DICTIONARY.lookupIndexWord(pos, word.replace('-', ' ')) != null) {
                    return true;
                }
            }
            return false;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    private static List<String> lookUp(String noun) {
        try {
            IndexWord word = noun(noun);
            if (word == null) {
                return List.of();
            }
            Set<String> found = Hypernyms.of(word);
            found.remove(noun);
            return List.copyOf(found);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + noun + "'", e);
        }
    }

    /** Loads the dictionary on first use only. */
    private static final class Holder {
        static final Dictionary DICTIONARY = load();

        private static Dictionary load() {
            try {
                return Dictionary.getDefaultResourceInstance();
            } catch (JWNLException e) {
                throw new IllegalStateException("cannot load the WordNet dictionary", e);
            }
        }
    }
}
