package dev.plantain.planner.words;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;

/**
 * Climbs WordNet's hypernym tree from one sense of a noun. The sense is the most frequent one, except that a person or
 * plant sense gives way to a later thing or food sense ("a calculator" is the device, "a plum" the fruit, not the
 * tree), and proper nouns ("Burger", the judge) are never taken. A hypernym's word counts only where that sense is the
 * word's own first one, so "paddle" does not reach the animal through "bat", nor "tire" the jewel through "ring".
 */
final class Hypernyms {

    /** How many of a noun's senses may be chosen among. */
    private static final int SENSES = 3;

    private static final int MAX_DEPTH = 7;
    private static final Set<String> YIELDING = Set.of("noun.person", "noun.plant");
    private static final Set<String> PREFERRED = Set.of("noun.artifact", "noun.food");
    /** Hypernyms too general to stand for the noun: a drawing of "an object" depicts nothing asked for. */
    private static final Set<String> TOO_GENERAL =
            Set.of(("entity physical-entity object whole artifact artefact thing "
                            + "matter substance abstraction instrumentality unit part group living-thing organism causal-agent "
                            + "container device covering commodity material structure being implement equipment food solid "
                            + "region location article way construction room area place building edifice")
                    .split(" "));

    private Hypernyms() {}

    /** The hypernyms of the noun's chosen sense as hyphen-joined lemmas, nearest first, its own synonyms first. */
    static Set<String> of(IndexWord word) throws JWNLException {
        Set<String> found = new LinkedHashSet<>();
        Synset sense = choose(word.getSenses());
        if (sense == null) {
            return found;
        }
        Deque<Synset> level = new ArrayDeque<>(List.of(sense));
        for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty(); depth++) {
            Deque<Synset> next = new ArrayDeque<>();
            for (Synset synset : level) {
                for (Word w : synset.getWords()) {
                    if (depth == 0 || w.getSenseNumber() == 1) {
                        found.add(w.getLemma().toLowerCase(Locale.ROOT).replace(' ', '-'));
                    }
                }
                next.addAll(parents(synset));
            }
            level = next;
        }
        found.removeAll(TOO_GENERAL);
        return found;
    }

    private static Synset choose(List<Synset> senses) {
        List<Synset> common = new ArrayList<>();
        for (int i = 0; i < Math.min(SENSES, senses.size()); i++) {
            if (!parents(senses.get(i)).isEmpty()) {
                common.add(senses.get(i));
            }
        }
        if (common.isEmpty()) {
            return null;
        }
        Synset first = common.get(0);
        if (YIELDING.contains(first.getLexFileName())) {
            for (Synset later : common) {
                if (PREFERRED.contains(later.getLexFileName())) {
                    return later;
                }
            }
        }
        return first;
    }

    /** The sense's hypernyms, not its instance hypernyms: a proper noun's sense has none. */
    private static List<Synset> parents(Synset synset) {
        List<Synset> parents = new ArrayList<>();
        for (Pointer pointer : synset.getPointers()) {
            if (pointer.getType() == PointerType.HYPERNYM) {
                try {
                    parents.add(pointer.getTargetSynset());
                } catch (JWNLException e) {
                    throw new IllegalStateException("WordNet pointer unreadable from " + synset.getOffset(), e);
                }
            }
        }
        return parents;
    }
}
