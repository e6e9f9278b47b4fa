package dev.plantain.planner.graph;

import dev.plantain.plan.AtomKind;
import dev.plantain.plan.CoverReason;
import dev.plantain.planner.graph.SceneGraphBuilder.Draft;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Covers the content words the planner's grammar left over, by their part of speech, so that nothing a prompt says
 * is dropped: a verb between two things is an action between them ("a boy riding a bicycle"), a verb after one thing
 * is its state ("a dog sleeping"), an adjective is a quality of the thing it precedes, an adverb the manner of the
 * thing before it, a spatial word between two things a relation ("by the fireplace"), a noun with no art a thing not
 * depicted; words about the picture itself, text cues, degree words and abstract nouns get their reason instead.
 */
final class LeftoverWords {

    private static final Set<String> PICTURE_WORDS = Set.of(
            "photo",
            "photograph",
            "picture",
            "image",
            "pic",
            "snapshot",
            "scene",
            "view",
            "shot",
            "render",
            "rendering",
            "depiction",
            "illustration",
            "close-up",
            "closeup");

    private static final Set<String> STYLE_WORDS = Set.of("painting", "drawing", "sketch", "artwork", "portrait");

    private static final Set<String> TEXT_CUES = Set.of(
            "says",
            "say",
            "saying",
            "reads",
            "read",
            "reading",
            "written",
            "writes",
            "write",
            "spelling",
            "spells",
            "spelled",
            "word",
            "words",
            "text",
            "letters",
            "lettering",
            "caption",
            "titled",
            "labeled",
            "labelled");

    private static final Set<String> INTENSIFIERS = Set.of(
            "very",
            "really",
            "extremely",
            "quite",
            "rather",
            "too",
            "slightly",
            "fairly",
            "somewhat",
            "incredibly",
            "highly",
            "super",
            "so",
            "just",
            "also",
            "only",
            "even",
            "exactly",
            "entirely",
            "completely");

    static final Set<String> SPATIAL = Set.of(
            "around",
            "along",
            "across",
            "through",
            "against",
            "among",
            "amongst",
            "toward",
            "towards",
            "by",
            "beyond",
            "past",
            "outside",
            "atop",
            "alongside",
            "throughout",
            "over",
            "within",
            "onto",
            "upon");

    /**
     * Prepositions that relate two things ("on", "in", "with", "a bowl of pho"), when the grammar bound them to no
     * relation.
     */
    private static final Set<String> RELATING = Set.of(
            "in",
            "on",
            "into",
            "inside",
            "under",
            "underneath",
            "beneath",
            "below",
            "behind",
            "above",
            "near",
            "beside",
            "with",
            "at",
            "of");

    private static final Set<String> BACK_REFERENCES = Set.of("it", "them");

    private final SceneGraphBuilder graph;
    private final WordClasses classes;
    private final List<String> tokens;

    private LeftoverWords(SceneGraphBuilder graph) {
        this.graph = graph;
        this.classes = graph.classes();
        this.tokens = graph.tokens();
    }

    static void cover(SceneGraphBuilder graph) {
        new LeftoverWords(graph).run();
    }

    private void run() {
        List<Integer> nouns = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            boolean open = FunctionWords.isContent(word) && !covered(i);
            if (open && isNounLike(word)) {
                nouns.add(i);
                continue;
            }
            closeNouns(nouns);
            if (open) {
                word(i, word);
            }
        }
        closeNouns(nouns);
        unboundRelations();
    }

    /**
     * A preposition between two things that the grammar bound to nothing ("a t-shirt with a dog on it", "a rhinoceros
     * in its flatbed") still asks something of the picture: it becomes a relation atom, judged where the verifier
     * can, else not verified; "it" and "them" right after it refer to the thing before the subject. "Like" after two
     * things is a likeness ("leaves that look like balloons"), asked of the thing before it.
     */
    private void unboundRelations() {
        for (int i = 0; i < tokens.size(); i++) {
            String word = tokens.get(i);
            int at = i;
            boolean likeness = word.equals("like") && graph.drafts().stream().noneMatch(d -> d.words.contains(at));
            if (!(RELATING.contains(word) && !covered(i) || likeness)) {
                continue;
            }
            Draft before = entityBefore(i);
            if (before == null) {
                continue;
            }
            List<Integer> words = List.of(i);
            Draft after = entityAfter(i);
            if (after != null && after.words.first() > i + 4) {
                after = null;
            }
            if (after == null && i + 1 < tokens.size() && BACK_REFERENCES.contains(tokens.get(i + 1))) {
                after = entityBefore(before.words.first());
                words = List.of(i, i + 1);
            }
            if (after == null || after == before) {
                continue;
            }
            if (word.equals("like")) {
                graph.attribute(before.id, "quality", "like " + after.noun, words);
            } else {
                graph.spatial(before.id, word, after.id, words);
            }
        }
    }

    private boolean isNounLike(String word) {
        return !PICTURE_WORDS.contains(word)
                && !STYLE_WORDS.contains(word)
                && !TEXT_CUES.contains(word)
                && !INTENSIFIERS.contains(word)
                && !SPATIAL.contains(word)
                && !isVerb(word)
                && !classes.isAdverb(word)
                && !(classes.isAdjective(word) && !classes.isNoun(word));
    }

    private boolean isVerb(String word) {
        return classes.isVerbForm(word) || classes.isVerb(word) && !classes.isNoun(word) && !classes.isAdjective(word);
    }

    private void word(int i, String word) {
        Draft before = entityBefore(i);
        Draft after = entityAfter(i);
        if (PICTURE_WORDS.contains(word)) {
            graph.note(CoverReason.PICTURE_WORD, List.of(i));
        } else if (STYLE_WORDS.contains(word)) {
            graph.global("style", word, List.of(i));
        } else if (TEXT_CUES.contains(word) && textAfter(i) != null) {
            graph.cover(textAfter(i), List.of(i));
        } else if (INTENSIFIERS.contains(word)) {
            graph.note(CoverReason.INTENSIFIER, List.of(i));
        } else if (SPATIAL.contains(word) && before != null && (after != null || settingAfter(i) != null)) {
            graph.spatial(before.id, word, after != null ? after.id : settingAfter(i).id, List.of(i));
        } else if (isVerb(word) || SPATIAL.contains(word) || TEXT_CUES.contains(word)) {
            act(i, word, before, after);
        } else if (classes.isAdverb(word) && !classes.isAdjective(word)) {
            attach(i, "manner", word, before != null ? before : after);
        } else {
            attach(i, "quality", word, after != null ? after : before);
        }
    }

    /**
     * A verb with an object right after it is an action between two things ("riding a bicycle"); one followed by a
     * preposition or nothing is the state of the thing before it ("sleeping on a sofa").
     */
    private void act(int i, String word, Draft before, Draft after) {
        boolean transitive = after != null && i + 1 < tokens.size() && startsObject(i + 1);
        if (before != null && transitive) {
            graph.action(before.id, word, after.id, List.of(i));
        } else {
            attach(i, "state", word, before != null ? before : after);
        }
    }

    private void attach(int i, String type, String word, Draft entity) {
        if (entity == null) {
            graph.global("setting", word, List.of(i));
        } else {
            graph.attribute(entity.id, type, word, List.of(i));
        }
    }

    private boolean startsObject(int k) {
        String next = tokens.get(k);
        if (OBJECT_STARTS.contains(next)) {
            return true;
        }
        return graph.drafts().stream().anyMatch(d -> d.words.contains(k) && d.kind != AtomKind.RELATION);
    }

    private static final Set<String> OBJECT_STARTS =
            Set.of("a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "some", "this", "that");

    /** The setting atom whose words start nearest after token {@code i}, within three tokens. */
    private Draft settingAfter(int i) {
        for (Draft d : graph.drafts()) {
            if (d.kind == AtomKind.GLOBAL
                    && !"text".equals(d.type)
                    && !"style".equals(d.type)
                    && !d.words.isEmpty()
                    && d.words.first() > i
                    && d.words.first() <= i + 3) {
                return d;
            }
        }
        return null;
    }

    private void closeNouns(List<Integer> nouns) {
        if (nouns.isEmpty()) {
            return;
        }
        List<Integer> concrete = new ArrayList<>();
        for (int i : nouns) {
            if (classes.isAbstractNoun(tokens.get(i))) {
                graph.note(CoverReason.ABSTRACT, List.of(i));
            } else if (classes.isTimeNoun(tokens.get(i))) {
                graph.global("time", tokens.get(i), List.of(i));
            } else {
                concrete.add(i);
            }
        }
        if (!concrete.isEmpty()) {
            String noun = String.join(" ", concrete.stream().map(tokens::get).toList());
            graph.missingEntity(noun, concrete);
        }
        nouns.clear();
    }

    private boolean covered(int i) {
        return graph.drafts().stream().anyMatch(d -> d.words.contains(i)) || graph.noted(i);
    }

    /** The entity atom named nearest before token {@code i}. */
    private Draft entityBefore(int i) {
        Draft found = null;
        for (Draft d : graph.entities()) {
            if (!d.words.isEmpty() && d.words.last() < i && (found == null || d.words.last() > found.words.last())) {
                found = d;
            }
        }
        return found;
    }

    /** The entity atom named nearest after token {@code i}, in the same clause (no punctuation between). */
    private Draft entityAfter(int i) {
        Draft found = null;
        for (Draft d : graph.entities()) {
            if (!d.words.isEmpty() && d.words.first() > i && (found == null || d.words.first() < found.words.first())) {
                found = d;
            }
        }
        if (found == null) {
            return null;
        }
        for (int k = i + 1; k < found.words.first(); k++) {
            if (isMark(tokens.get(k))) {
                return null;
            }
        }
        return found;
    }

    /** The text atom whose quote starts within three tokens after {@code i}, if any. */
    private String textAfter(int i) {
        for (Draft d : graph.drafts()) {
            if (d.kind == AtomKind.GLOBAL && "text".equals(d.type) && !d.words.isEmpty()) {
                int first = d.words.last();
                if (first > i && first <= i + 3) {
                    return d.id;
                }
            }
        }
        return null;
    }

    private static boolean isMark(String token) {
        return token.length() == 1 && ",.;:!?()".contains(token);
    }
}
