package dev.plantain.planner;

import dev.plantain.plan.Palette;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * Turns tokens into units: counts, colours, sizes, relation, side, setting, style and negation phrases, quotes,
 * carriers, content words, breaks.
 */
final class Segmenter {

    private static final int CARRIER_REACH = 6;

    private final List<Token> tokens;
    private final List<Unit> units = new ArrayList<>();
    private int at;

    private Segmenter(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<Unit> segment(String prompt) {
        Segmenter segmenter = new Segmenter(Token.split(prompt));
        segmenter.run();
        return segmenter.units;
    }

    private void run() {
        while (at < tokens.size()) {
            Token token = tokens.get(at);
            if (token.kind() == Token.Kind.QUOTE) {
                markCarrier();
                units.add(Unit.of(Unit.Kind.QUOTE, token.text()));
                at++;
            } else if (token.kind() == Token.Kind.MARK) {
                units.add(Unit.of(Unit.Kind.BREAK, token.text()));
                at++;
            } else if (!phrase(SceneWords.SETTINGS, Unit.Kind.SETTING)
                    && !phrase(SceneWords.STYLES, Unit.Kind.STYLE)
                    && !relation()
                    && !phrase(SceneWords.SIDES, Unit.Kind.SIDE)
                    && !phrase(SceneWords.NEGATIONS, Unit.Kind.NEGATION)
                    && !color()) {
                word(token.text());
                at++;
            }
        }
    }

    private void word(String word) {
        OptionalInt count = Vocabulary.count(word);
        if (SceneWords.VAGUE.containsKey(word)) {
            units.add(Unit.of(Unit.Kind.VAGUE, word));
        } else if (count.isPresent()) {
            units.add(new Unit(Unit.Kind.COUNT, word, count.getAsInt(), null, null, null));
        } else if (Vocabulary.size(word) != null) {
            units.add(new Unit(Unit.Kind.SIZE, word, 0, null, Vocabulary.size(word), null));
        } else if (Vocabulary.isStop(word)) {
            units.add(Unit.of(Unit.Kind.BREAK, word));
        } else {
            units.add(Unit.of(Unit.Kind.CONTENT, word));
        }
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

    private boolean relation() {
        for (Vocabulary.RelationPhrase phrase : Vocabulary.RELATIONS) {
            List<String> words = phrase.words();
            if (matches(words) && (!words.equals(List.of("in")) || articleFollows(at + 1))) {
                units.add(new Unit(Unit.Kind.RELATION, String.join(" ", words), 0, null, null, phrase.kind()));
                at += words.size();
                return true;
            }
        }
        return false;
    }

    /** A colour word is a colour when a noun may follow; otherwise it may be a noun itself ("an orange"). */
    private boolean color() {
        for (int span = 2; span >= 1; span--) {
            if (at + span > tokens.size() || !allWords(span)) {
                continue;
            }
            String words = span == 2
                    ? tokens.get(at).text() + " " + tokens.get(at + 1).text()
                    : tokens.get(at).text();
            var named = Palette.find(words);
            if (named.isPresent() && contentFollows(at + span)) {
                units.add(new Unit(Unit.Kind.COLOR, words, 0, named.get().name(), null, null));
                at += span;
                return true;
            }
            if (named.isPresent()
                    && at > 0
                    && Vocabulary.isLinking(tokens.get(at - 1).text())) {
                units.add(new Unit(Unit.Kind.LATE_COLOR, words, 0, named.get().name(), null, null));
                at += span;
                return true;
            }
        }
        return false;
    }

    private boolean contentFollows(int index) {
        if (index >= tokens.size() || tokens.get(index).kind() != Token.Kind.WORD) {
            return false;
        }
        String next = tokens.get(index).text();
        return !Vocabulary.isStop(next) && Vocabulary.count(next).isEmpty();
    }

    /** "in" is "inside" only before a determiner ("in a box"), not in "dressed in red". */
    private boolean articleFollows(int index) {
        return index < tokens.size()
                && (Vocabulary.count(tokens.get(index).text()).isPresent()
                        || tokens.get(index).isWord("the"));
    }

    private boolean matches(List<String> words) {
        if (at + words.size() > tokens.size()) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (!tokens.get(at + i).isWord(words.get(i))) {
                return false;
            }
        }
        return true;
    }

    private boolean allWords(int span) {
        for (int i = 0; i < span; i++) {
            if (tokens.get(at + i).kind() != Token.Kind.WORD) {
                return false;
            }
        }
        return true;
    }

    /** The noun just before a quote ("a sign that says") carries it, and is not an entity of its own. */
    private void markCarrier() {
        for (int i = units.size() - 1; i >= 0 && i >= units.size() - CARRIER_REACH; i--) {
            Unit unit = units.get(i);
            if (unit.kind() == Unit.Kind.CONTENT) {
                String carrier = singular(unit.text());
                if (Vocabulary.CARRIERS.contains(carrier)) {
                    units.set(i, Unit.of(Unit.Kind.CARRIER, carrier));
                }
                return;
            }
            if (unit.kind() != Unit.Kind.BREAK) {
                return;
            }
        }
    }

    private static String singular(String word) {
        List<String> forms = Inflection.singulars(word);
        return forms.isEmpty() ? word : forms.get(forms.size() - 1);
    }
}
