package dev.plantain.remote;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failed checks of a verification turned into one edit instruction a model can follow: "make the apple red; add
 * one more balloon; put the cup on top of the saucer". Checks not verified are left out: nothing says they are wrong.
 */
public final class EditInstruction {

    private static final Pattern FOUND = Pattern.compile("found (\\d+)");

    private EditInstruction() {}

    /** One phrase per failed check (duplicates merged), in the report's order. */
    public static List<String> phrases(ScenePlan plan, List<CheckResult> results) {
        Set<String> phrases = new LinkedHashSet<>();
        for (CheckResult r : results) {
            if (r.status() == CheckStatus.FAILED) {
                phrases.add(phrase(plan, r));
            }
        }
        return List.copyOf(phrases);
    }

    /** The phrases as one instruction, asking that everything else stay as it is. */
    public static String of(List<String> phrases) {
        return String.join("; ", phrases) + ". Keep everything else exactly as it is.";
    }

    static String phrase(ScenePlan plan, CheckResult r) {
        Optional<Check> check =
                plan.checks().stream().filter(c -> c.id().equals(r.checkId())).findFirst();
        String expected = check.map(Check::expected).orElse(null);
        Optional<Entity> entity = r.subject() == null ? Optional.empty() : plan.entity(r.subject());
        String concept = entity.map(Entity::concept).orElse(r.subject() == null ? "picture" : r.subject());
        return switch (r.kind()) {
            case COUNT -> count(entity, concept, r.measured());
            case COLOR ->
                "make the " + Words.plural(concept, entity.map(Entity::count).orElse(1)) + " " + expected;
            case POSITION -> position(plan, concept, check.map(Check::object).orElse(null), expected);
            case TEXT ->
                "make the " + plan.text(r.subject()).map(t -> t.carrier()).orElse("sign") + " read \""
                        + (expected != null
                                ? expected
                                : plan.text(r.subject()).map(t -> t.content()).orElse(""))
                        + "\" in clear letters";
            case CLIPPING -> "show the whole " + concept + " inside the frame";
            case CONTRAST -> "make the " + concept + " stand out clearly from what is behind it";
            case IDENTITY -> "make the " + concept + " clearly look like a " + concept;
            case IMAGE -> "redraw this as a clear picture";
        };
    }

    private static String count(Optional<Entity> entity, String concept, String measured) {
        int want = entity.map(Entity::count).orElse(1);
        Matcher m = FOUND.matcher(measured == null ? "" : measured);
        if (m.find()) {
            int found = Integer.parseInt(m.group(1));
            if (found < want) {
                int more = want - found;
                return "add " + Words.number(more) + (found == 0 ? " " : " more ") + Words.plural(concept, more);
            }
            if (found > want) {
                int fewer = found - want;
                return "remove " + Words.number(fewer) + " " + Words.plural(concept, fewer) + ", leaving "
                        + Words.number(want);
            }
        }
        return "show exactly " + Words.number(want) + " " + Words.plural(concept, want);
    }

    private static String position(ScenePlan plan, String concept, String objectId, String relation) {
        String object = objectId == null
                ? "the rest"
                : "the " + plan.entity(objectId).map(Entity::concept).orElse(objectId);
        String words = relation == null ? "next to" : Words.relation(RelationKind.fromLabel(relation));
        return "put the " + concept + " " + words + " " + object;
    }
}
