package dev.plantain.planner.parse;

import dev.plantain.plan.EntitySize;
import dev.plantain.planner.NounCoverage;
import dev.plantain.planner.art.Lexicon;
import dev.plantain.planner.graph.SceneGraphBuilder;
import dev.plantain.planner.graph.StandIns;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The noun phrase being read: its count, colour, size, negation, definiteness, portion and words; closing it adds an
 * entity, refers back to one ("the dog"), sets the setting ("the kitchen"), or adds an exclusion or unrenderable words.
 * Modifiers naming a shape, material or texture are noted as not depicted. Not thread-safe.
 */
final class NounPhrase {

    static final int UNRESOLVED = -1;
    /** What {@link #close} returns for a phrase that named the setting, not an entity. */
    static final int SETTING = -2;

    private static final int PLURAL_COUNT = 3;

    Integer count;
    String countWord;
    String color;
    EntitySize size;
    boolean negated;
    boolean definite;
    /** After "for": a purpose or beneficiary, drawn when it has art and otherwise noted, not unrenderable. */
    boolean purpose;

    String portion;
    final List<String> words = new ArrayList<>();
    /** The token index of each word. */
    final List<Integer> tokens = new ArrayList<>();
    /** The tokens of the count, colour, size, negation and portion words. */
    List<Integer> countTokens = List.of();

    List<Integer> colorTokens = List.of();
    List<Integer> sizeTokens = List.of();
    List<Integer> negationTokens = List.of();
    List<Integer> portionTokens = List.of();
    String sizeWord;

    private final SceneGraphBuilder graph;

    NounPhrase(SceneGraphBuilder graph) {
        this.graph = graph;
    }

    /** Resolves the phrase into {@code entities} (returning the new index) or the lists, then clears it. */
    int close(Lexicon lexicon, List<ParsedEntity> entities, List<String> unrenderable, PromptNotes notes) {
        int head = resolve(lexicon, entities, unrenderable, notes);
        words.clear();
        tokens.clear();
        clear();
        return head;
    }

    void clear() {
        count = null;
        countWord = null;
        color = null;
        size = null;
        negated = false;
        definite = false;
        purpose = false;
        portion = null;
        countTokens = List.of();
        colorTokens = List.of();
        sizeTokens = List.of();
        negationTokens = List.of();
        portionTokens = List.of();
        sizeWord = null;
    }

    /** Every token of the phrase: its words and its count, colour, size, negation and portion words. */
    private List<Integer> allTokens() {
        List<Integer> all = new ArrayList<>(tokens);
        all.addAll(countTokens);
        all.addAll(colorTokens);
        all.addAll(sizeTokens);
        all.addAll(negationTokens);
        all.addAll(portionTokens);
        return all;
    }

    private int resolve(Lexicon lexicon, List<ParsedEntity> entities, List<String> unrenderable, PromptNotes notes) {
        Optional<SettingNouns.Place> place = negated ? Optional.empty() : SettingNouns.atEnd(words);
        if (place.isPresent()) {
            PlacePhrase.settle(words, place.get(), color, notes, unrenderable);
            PhraseAtoms.place(graph, this, place.get());
            return SETTING;
        }
        Optional<HeadFinder.Head> found = HeadFinder.find(words, count != null && count > 1, lexicon);
        String written = String.join(" ", words);
        if (found.isEmpty()) {
            checkCount(written);
            PhraseAtoms.unresolved(graph, this, written, allTokens());
            if (negated) {
                notes.excluded.add(written);
            } else if (purpose) {
                notes.notDepicted.add("for " + written + ": a purpose, not required in the picture; no art for it");
                NounCoverage.headNoun(words).ifPresent(notes.notedWithoutArt::add);
            } else {
                unrenderable.add(noteAttributes(words, written, notes));
                NounCoverage.headNoun(words).ifPresent(notes.nounsWithoutArt::add);
            }
            return UNRESOLVED;
        }
        HeadFinder.Head head = found.get();
        if (negated) {
            PromptNotes.addOnce(notes.excluded, head.match().concept());
            graph.negation(head.noun(), allTokens());
            return UNRESOLVED;
        }
        for (String modifier : words.subList(0, head.start())) {
            String attribute = SceneWords.attribute(modifier);
            if (attribute != null) {
                notes.notDepicted.add(modifier + " " + head.noun() + ": " + attribute + " not depicted");
            } else if (WordNet.isNoun(modifier) && !WordNet.isAdjective(modifier)) {
                notes.notDepicted.add(modifier + " " + head.noun() + ": drawn as " + head.noun());
            } else {
                unrenderable.add(modifier);
            }
        }
        if (head.end() < words.size()) {
            List<String> after = words.subList(head.end(), words.size());
            unrenderable.add(String.join(" ", after));
            // A word after the head that can be a verb is read as one ("the dress hang on the rack").
            NounCoverage.headNoun(after).filter(noun -> !WordNet.isVerb(noun)).ifPresent(notes.nounsWithoutArt::add);
        }
        checkCount(head.noun());
        int earlier = definite ? Coreference.find(entities, head.match().artId(), color, count) : Coreference.NONE;
        if (earlier != Coreference.NONE) {
            graph.entity(earlier, entities.get(earlier).noun(), allTokens());
            return earlier;
        }
        if (portion != null) {
            notes.notDepicted.add(portion + " of " + head.noun() + ": drawn as " + head.noun());
        }
        int n = count != null ? count : head.match().plural() ? PLURAL_COUNT : 1;
        if (n < 1) {
            unrenderable.add(countWord + " " + head.noun());
            graph.negation(head.noun(), allTokens());
            return UNRESOLVED;
        }
        int[] range = countWord == null ? null : Partitives.range(countWord);
        if (range != null && range[0] != range[1]) {
            String quantity = Partitives.isCollective(countWord) ? countWord + " of" : countWord;
            notes.choices.add(
                    quantity + " " + head.noun() + ": " + n + " (seeded choice in " + range[0] + "-" + range[1] + ")");
        }
        Lexicon.Match match = head.match();
        entities.add(new ParsedEntity(
                head.noun(), match.concept(), match.artId(), n, color, size == null ? EntitySize.MEDIUM : size));
        int index = entities.size() - 1;
        PhraseAtoms.entity(graph, this, index, head, n);
        StandIns.shows(match.concept())
                .or(() -> StandIns.shows(head.noun()))
                .or(() -> Depiction.sibling(head.noun(), match))
                .ifPresent(shows -> graph.standIn(index, shows));
        return index;
    }

    /** Notes the shape, material and texture words of a phrase without art; returns the words left unrenderable. */
    private static String noteAttributes(List<String> words, String written, PromptNotes notes) {
        List<String> rest = new ArrayList<>();
        for (String word : words) {
            String attribute = SceneWords.attribute(word);
            if (attribute == null) {
                rest.add(word);
            } else {
                notes.notDepicted.add(word + " (in \"" + written + "\"): " + attribute + " not depicted");
            }
        }
        return rest.isEmpty() ? written : String.join(" ", rest);
    }

    private void checkCount(String noun) {
        if (count != null && count > PromptParser.MAX_COUNT) {
            throw new IllegalArgumentException(
                    "count " + count + " for '" + noun + "' is over the limit of " + PromptParser.MAX_COUNT);
        }
    }
}
