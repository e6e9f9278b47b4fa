package dev.plantain.planner.parse;

import dev.plantain.plan.CoverReason;
import dev.plantain.planner.graph.SceneGraphBuilder;
import dev.plantain.planner.words.Inflection;
import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;

/**
 * The scene-graph atoms of a closed noun phrase: the entity with its count, colour, size, portion and modifiers; a
 * place with its modifiers; a thing without art (never passed), a negation or a purpose. Words after the head are
 * left to the graph's leftover pass (a verb after a thing is its state).
 */
final class PhraseAtoms {

    private PhraseAtoms() {}

    /** A new entity: its head words, then one atom per count, colour, size, portion and modifier word. */
    static void entity(SceneGraphBuilder graph, NounPhrase phrase, int index, HeadFinder.Head head, int count) {
        List<Integer> headTokens = phrase.tokens.subList(head.start(), head.end());
        String last = head.noun().substring(head.noun().lastIndexOf(' ') + 1);
        List<String> singulars = Inflection.singulars(last);
        String singular = singulars.isEmpty()
                ? head.noun()
                : head.noun().substring(0, head.noun().length() - last.length()) + singulars.get(singulars.size() - 1);
        String atom = graph.entity(index, head.noun(), singular, headTokens);
        properties(graph, phrase, atom, head.noun(), count);
        for (int i = 0; i < head.start(); i++) {
            modifier(graph, atom, phrase.words.get(i), phrase.tokens.get(i), head.noun());
        }
    }

    /** A place: the setting atom over its noun, its modifiers as its attributes. */
    static void place(SceneGraphBuilder graph, NounPhrase phrase, SettingNouns.Place place) {
        List<Integer> nounTokens = new ArrayList<>(phrase.tokens.subList(place.start(), phrase.tokens.size()));
        nounTokens.addAll(phrase.countTokens);
        String atom = graph.global("setting", place.noun(), nounTokens);
        if (phrase.color != null) {
            graph.attribute(atom, "colour", phrase.color, phrase.colorTokens);
        }
        if (phrase.size != null) {
            graph.attribute(atom, "size", phrase.sizeWord, phrase.sizeTokens);
        }
        for (int i = 0; i < place.start(); i++) {
            modifier(graph, atom, phrase.words.get(i), phrase.tokens.get(i), place.noun());
        }
    }

    /** A phrase with no art: negated, a purpose, or a thing the plan cannot draw (its atom never passes). */
    static void unresolved(SceneGraphBuilder graph, NounPhrase phrase, String written, List<Integer> tokens) {
        if (phrase.negated) {
            graph.negation(written, tokens);
        } else if (phrase.purpose) {
            graph.note(CoverReason.PURPOSE, tokens);
        } else {
            List<Integer> nounTokens = new ArrayList<>();
            List<String> nounWords = new ArrayList<>();
            List<Integer> modifiers = new ArrayList<>();
            for (int i = 0; i < phrase.words.size(); i++) {
                String word = phrase.words.get(i);
                boolean attribute = SceneWords.attribute(word) != null && i < phrase.words.size() - 1;
                if (attribute) {
                    modifiers.add(phrase.tokens.get(i));
                } else if (nameless(word)) {
                    // A verb or a spatial word ("navigating through") names no thing: the leftover pass reads it.
                    continue;
                } else {
                    nounTokens.add(phrase.tokens.get(i));
                    nounWords.add(word);
                }
            }
            if (nounWords.isEmpty()) {
                return;
            }
            String noun = String.join(" ", nounWords);
            String last = phrase.words.get(phrase.words.size() - 1);
            if (nounWords.stream().allMatch(WordNet::isAbstractNoun)) {
                graph.note(CoverReason.ABSTRACT, tokens);
                return;
            }
            if (WordNet.isTimeNoun(last)) {
                graph.global("time", noun, tokens);
                return;
            }
            String atom = graph.missingEntity(noun, nounTokens);
            properties(graph, phrase, atom, noun, phrase.count == null ? 1 : phrase.count);
            for (int i = 0; i < phrase.words.size(); i++) {
                if (modifiers.contains(phrase.tokens.get(i))) {
                    modifier(graph, atom, phrase.words.get(i), phrase.tokens.get(i), noun);
                }
            }
        }
    }

    private static void properties(SceneGraphBuilder graph, NounPhrase phrase, String atom, String noun, int count) {
        if (!phrase.countTokens.isEmpty() && phrase.countWord != null && !isArticle(phrase.countWord)) {
            graph.count(atom, count, phrase.countWord, phrase.countTokens);
        }
        if (phrase.color != null) {
            graph.attribute(atom, "colour", phrase.color, phrase.colorTokens);
        }
        if (phrase.size != null) {
            graph.attribute(atom, "size", phrase.sizeWord, phrase.sizeTokens);
        }
        if (phrase.portion != null) {
            graph.attribute(atom, "portion", phrase.portion + " of " + noun, phrase.portionTokens);
        }
    }

    /** A word before the head: a shape, material or texture; a noun naming a kind ("dog bed"); else a quality. */
    private static void modifier(SceneGraphBuilder graph, String atom, String word, int token, String noun) {
        String attribute = SceneWords.attribute(word);
        String type = attribute != null
                ? attribute
                : WordNet.isNoun(word) && !WordNet.isAdjective(word)
                        ? "kind"
                        : WordNet.isVerbForm(word) ? "state" : "quality";
        graph.attribute(atom, type, word, List.of(token));
    }

    private static boolean nameless(String word) {
        return SceneGraphBuilder.isSpatialWord(word)
                || WordNet.isVerbForm(word)
                || WordNet.isVerb(word) && !WordNet.hasNounForm(word);
    }

    private static boolean isArticle(String word) {
        return word.equals("a") || word.equals("an");
    }
}
