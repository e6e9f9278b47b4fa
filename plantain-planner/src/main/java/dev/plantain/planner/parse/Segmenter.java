package dev.plantain.planner.parse;

import dev.plantain.planner.words.WordNet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns tokens into units: counts, colours, sizes, partitives, relation, side, setting, style and negation phrases,
 * descriptions after a linking verb ({@link PredicatePhrase}), "for" before a purpose, quotes, carriers, the definite
 * article, content words, breaks. A word after a content word and before a determiner that WordNet knows as a verb is
 * the verb between two things ("the metal stand displays the flowers"), a break.
 */
final class Segmenter {

    private final List<Token> tokens;
    private final List<Unit> units = new ArrayList<>();
    private int at;

    private Segmenter(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<Unit> segment(String prompt) {
        return segment(Token.split(prompt));
    }

    static List<Unit> segment(List<Token> tokens) {
        Segmenter segmenter = new Segmenter(tokens);
        segmenter.run();
        return segmenter.units;
    }

    private void run() {
        while (at < tokens.size()) {
            int from = at;
            int before = units.size();
            step();
            for (int k = before; k < units.size(); k++) {
                units.set(k, units.get(k).at(from, at));
            }
        }
    }

    /** Reads one unit at {@code at} and moves past its tokens. */
    private void step() {
        Token token = tokens.get(at);
        if (token.kind() == Token.Kind.QUOTE) {
            Carriers.markBefore(units);
            units.add(Unit.of(Unit.Kind.QUOTE, token.text()));
            at++;
        } else if (token.kind() == Token.Kind.MARK) {
            units.add(Unit.of(Unit.Kind.BREAK, token.text()));
            at++;
        } else if (!predicate()
                && !phrase(SceneWords.SETTINGS, Unit.Kind.SETTING)
                && !phrase(SceneWords.STYLES, Unit.Kind.STYLE)
                && !relation()
                && !phrase(SceneWords.SIDES, Unit.Kind.SIDE)
                && !phrase(SceneWords.NEGATIONS, Unit.Kind.NEGATION)
                && !partitive()
                && !spelledCount()
                && !color()) {
            word(token.text());
            at++;
        }
    }

    private void word(String word) {
        OptionalInt count = Vocabulary.count(word);
        if (word.equals("the")) {
            units.add(Unit.of(Unit.Kind.DEFINITE, word));
        } else if (PRONOUNS.contains(word) && afterRelation()) {
            units.add(Unit.of(Unit.Kind.PRONOUN, word));
        } else if (SceneWords.VAGUE.containsKey(word)) {
            units.add(Unit.of(Unit.Kind.VAGUE, word));
        } else if (count.isPresent()) {
            units.add(new Unit(Unit.Kind.COUNT, word, count.getAsInt(), null, null, null));
        } else if (Vocabulary.size(word) != null) {
            units.add(new Unit(Unit.Kind.SIZE, word, 0, null, Vocabulary.size(word), null));
        } else if (word.equals("for")) {
            units.add(Unit.of(Unit.Kind.PURPOSE, word));
        } else if (Vocabulary.isStop(word) || isVerbBetweenThings(word)) {
            units.add(Unit.of(Unit.Kind.BREAK, word));
        } else {
            units.add(Unit.of(Unit.Kind.CONTENT, word));
        }
    }

    /** A pronoun read as the thing named before it, when it ends a relation ("two seagulls above it"). */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("it", "them");

    private boolean afterRelation() {
        return !units.isEmpty() && units.get(units.size() - 1).kind() == Unit.Kind.RELATION;
    }

    /**
     * "the hat and the ball were the objects of attention": the description is one unit, drawn as nothing. Only after a
     * thing was named in the same clause: "this is a photo of a cat" describes nothing before it.
     */
    private boolean predicate() {
        if (!namedInClause()) {
            return false;
        }
        return PredicatePhrase.at(tokens, at)
                .map(found -> {
                    units.add(Unit.of(Unit.Kind.PREDICATE, found.text()));
                    at += found.linkLength() + found.length();
                    return true;
                })
                .orElse(false);
    }

    /** After a noun ("the metal stand displays the flowers", where "stand" is also a stop word) and before a determiner. */
    private boolean isVerbBetweenThings(String word) {
        return !units.isEmpty()
                && afterNoun(units.get(units.size() - 1))
                && at + 1 < tokens.size()
                && PredicatePhrase.isDeterminer(tokens.get(at + 1))
                && WordNet.isVerb(word);
    }

    private boolean namedInClause() {
        for (int i = units.size() - 1; i >= 0; i--) {
            Unit unit = units.get(i);
            if (unit.kind() == Unit.Kind.CONTENT) {
                return true;
            }
            if (unit.kind() == Unit.Kind.BREAK
                    && !Character.isLetter(unit.text().charAt(0))) {
                return false;
            }
        }
        return false;
    }

    private static boolean afterNoun(Unit unit) {
        return unit.kind() == Unit.Kind.CONTENT || unit.kind() == Unit.Kind.BREAK && WordNet.isNoun(unit.text());
    }

    /** "three hundred", "twenty five", "a dozen": one count over several words. */
    private boolean spelledCount() {
        return NumberWords.at(tokens, at)
                .map(spelled -> {
                    String words = String.join(
                            " ",
                            tokens.subList(at, at + spelled.length()).stream()
                                    .map(Token::text)
                                    .toList());
                    units.add(new Unit(Unit.Kind.COUNT, words, spelled.value(), null, null, null));
                    at += spelled.length();
                    return true;
                })
                .orElse(false);
    }

    /** "a slice of" reads as a portion of what follows; "a pile of" as a vague quantity of it. */
    private boolean partitive() {
        if (at + 1 >= tokens.size() || !tokens.get(at + 1).isWord("of")) {
            return false;
        }
        String word = tokens.get(at).text();
        if (Partitives.isPortion(word)) {
            units.add(Unit.of(Unit.Kind.PORTION, word));
        } else if (Partitives.isCollective(word)) {
            units.add(Unit.of(Unit.Kind.VAGUE, word));
        } else {
            return false;
        }
        at += 2;
        return true;
    }

    private boolean phrase(List<SceneWords.Phrase> phrases, Unit.Kind kind) {
        for (SceneWords.Phrase phrase : phrases) {
            if (matches(phrase.words())) {
                units.add(Unit.of(kind, phrase.label()));
                at += phrase.words().size();
                return true;
            }
        }
        return false;
    }

    /** A relation phrase, unless it is "on" before a side ("on the left" is an absolute side). */
    private boolean relation() {
        Optional<Vocabulary.RelationPhrase> found =
                Vocabulary.relationAt(tokens, at).filter(phrase -> !(phrase.bare() && sideAhead()));
        found.ifPresent(phrase -> {
            units.add(new Unit(Unit.Kind.RELATION, String.join(" ", phrase.words()), 0, null, null, phrase.kind()));
            at += phrase.words().size();
        });
        return found.isPresent();
    }

    private boolean color() {
        Unit unit = ColourWords.at(tokens, at);
        if (unit == null) {
            return false;
        }
        units.add(unit);
        at += unit.text().split(" ").length;
        return true;
    }

    /** "on the left" is an absolute side, not "on top of" the left. */
    private boolean sideAhead() {
        return SceneWords.SIDES.stream().anyMatch(side -> matches(side.words()));
    }

    private boolean matches(List<String> words) {
        return Vocabulary.matches(tokens, at, words);
    }
}
