package dev.plantain.planner;

import java.util.List;
import java.util.Set;

/** The nouns that carry quoted text ("a sign that says", "a banner reading"): the carrier is not an entity. */
final class Carriers {

    private static final int REACH = 6;

    private static final Set<String> NOUNS = Set.of(
            ("sign banner poster label placard billboard plaque board signboard sticker card note notice chalkboard blackboard whiteboard flag shirt t-shirt screen menu")
                    .split(" "));

    private Carriers() {}

    /**
     * Marks the content word just before a quote as its carrier when it names one, looking back over breaks and articles only, and
     * at most {@value #REACH} units.
     */
    static void markBefore(List<Unit> units) {
        for (int i = units.size() - 1; i >= 0 && i >= units.size() - REACH; i--) {
            Unit unit = units.get(i);
            if (unit.kind() == Unit.Kind.CONTENT) {
                String carrier = singular(unit.text());
                if (NOUNS.contains(carrier)) {
                    units.set(i, Unit.of(Unit.Kind.CARRIER, carrier));
                }
                return;
            }
            if (unit.kind() != Unit.Kind.BREAK && unit.kind() != Unit.Kind.DEFINITE) {
                return;
            }
        }
    }

    private static String singular(String word) {
        List<String> forms = Inflection.singulars(word);
        return forms.isEmpty() ? word : forms.get(forms.size() - 1);
    }
}
