package dev.plantain.planner;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

/**
 * WordNet 3.1 noun hypernyms ("poodle" is a dog, "sedan" is a car), for nouns the art does not name directly. The
 * dictionary loads once, on the first noun that needs it; answers are cached. Thread-safe.
 */
final class WordNet {

    /** The most frequent sense only: later senses stray ("sweater" is also one who sweats, a person). */
    private static final int MAX_SENSES = 1;

    private static final int MAX_DEPTH = 7;
    /** Hypernyms too general to stand for the noun: a drawing of "an object" depicts nothing asked for. */
    private static final Set<String> TOO_GENERAL = Set.of(
            "entity",
            "physical-entity",
            "object",
            "whole",
            "artifact",
            "artefact",
            "thing",
            "matter",
            "substance",
            "abstraction",
            "instrumentality",
            "unit",
            "part",
            "group",
            "living-thing",
            "organism",
            "causal-agent",
            "container",
            "device",
            "covering",
            "commodity",
            "material",
            "structure",
            "being",
            "implement",
            "equipment",
            "food",
            "solid",
            "region",
            "location",
            "article",
            "way",
            "construction",
            "room",
            "area",
            "place",
            "building",
            "edifice");

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, Boolean> NOUNS = new ConcurrentHashMap<>();

    private WordNet() {}

    /**
     * The noun's hypernyms as hyphen-joined lemmas, nearest first, most common sense first; empty when WordNet does
     * not know the noun as a noun.
     */
    static List<String> hypernyms(String noun) {
        return CACHE.computeIfAbsent(noun, WordNet::lookUp);
    }

    /** Whether WordNet knows the word, or the hyphen-joined words, as a noun (or the plural of one). */
    static boolean isNoun(String word) {
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

    /** Whether WordNet knows the word as an adjective ("empty", "black"). */
    static boolean isAdjective(String word) {
        try {
            IndexWord found = Holder.DICTIONARY.lookupIndexWord(POS.ADJECTIVE, word.replace('-', ' '));
            return found != null && found.getLemma().equalsIgnoreCase(word.replace('-', ' '));
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + word + "'", e);
        }
    }

    /** Whether WordNet knows the word at all, as any part of speech. */
    static boolean isKnown(String word) {
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
            Set<String> found = new LinkedHashSet<>();
            List<Synset> senses = word.getSenses();
            for (int i = 0; i < Math.min(MAX_SENSES, senses.size()); i++) {
                climb(senses.get(i), found);
            }
            found.remove(noun);
            found.removeAll(TOO_GENERAL);
            return List.copyOf(found);
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup failed for '" + noun + "'", e);
        }
    }

    /** Breadth-first up the hypernym tree, synonyms of the sense itself first. */
    private static void climb(Synset sense, Set<String> found) throws JWNLException {
        Deque<Synset> level = new ArrayDeque<>(List.of(sense));
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            Deque<Synset> next = new ArrayDeque<>();
            for (Synset synset : level) {
                for (Word w : synset.getWords()) {
                    found.add(w.getLemma().toLowerCase(Locale.ROOT).replace(' ', '-'));
                }
                next.addAll(parents(synset));
            }
            level = next;
        }
    }

    private static List<Synset> parents(Synset synset) throws JWNLException {
        List<Synset> parents = new ArrayList<>();
        for (Pointer pointer : synset.getPointers()) {
            PointerType type = pointer.getType();
            if (type == PointerType.HYPERNYM || type == PointerType.INSTANCE_HYPERNYM) {
                parents.add(pointer.getTargetSynset());
            }
        }
        return parents;
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
