package dev.plantain.planner.parse;

import dev.plantain.planner.words.Inflection;
import java.util.List;
import java.util.Set;

/**
 * The nouns that carry quoted text ("a sign that says", "a banner reading"): the carrier is not an entity; and the
 * drawn things whose surface carries it ("a cake with the word LOVE", "a jar with a label reading JAM").
 */
final class Carriers {

    private static final int REACH = 6;

    private static final Set<String> NOUNS = Set.of(
            ("sign banner poster label placard billboard plaque board signboard sticker card note notice chalkboard blackboard whiteboard flag screen menu")
                    .split(" "));

    /** Stickers and labels go on the thing named just before them ("a jar with a label reading JAM"). */
    private static final Set<String> STUCK_ON = Set.of("label", "sticker", "tag");

    /** Things whose surface commonly bears writing, so quoted text after them is written on them. */
    private static final Set<String> SURFACES = Set.of(
            ("cake,birthday cake,cupcake,mug,cup,jar,bottle,can,tin,box,package,envelope,book,notebook,t shirt,t-shirt,"
                            + "shirt,dress,hat,cap,bag,backpack,balloon,pillow,truck,van,bus,laptop,computer,"
                            + "television,tv,mailbox")
                    .split(","));

    private Carriers() {}

    /**
     * Whether a quote goes on the entity just before it: the entity's concept is a surface, and the quote either has
     * no carrier of its own ({@code explicit} false) or a label stuck on it.
     */
    static boolean onEntity(String concept, String carrier, boolean explicit) {
        return concept != null && SURFACES.contains(concept) && (!explicit || STUCK_ON.contains(carrier));
    }

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
                    units.set(i, unit.as(Unit.Kind.CARRIER, carrier));
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
