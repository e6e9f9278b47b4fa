package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import java.util.Locale;

/** Builds check results, and names entities in the words a person reads in them. */
final class Verdicts {

    private Verdicts() {}

    static CheckResult of(Check check, boolean passed, double score, String measured, Box region) {
        return new CheckResult(
                check.id(),
                check.kind(),
                check.subject(),
                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                clamp(score),
                measured,
                region);
    }

    static CheckResult failed(Check check, String measured, Box region) {
        return new CheckResult(check.id(), check.kind(), check.subject(), CheckStatus.FAILED, 0, measured, region);
    }

    static CheckResult notVerified(Check check, String measured, Box region) {
        return new CheckResult(
                check.id(), check.kind(), check.subject(), CheckStatus.NOT_VERIFIED, 0, measured, region);
    }

    static CheckResult unknownEntity(Check check, String id) {
        return notVerified(check, "no entity '" + id + "' in the plan", null);
    }

    /** "apple", or "apples" for any count but one. */
    static String noun(Entity entity, long count) {
        String word = entity.concept();
        if (count == 1) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return word + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }

    private static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    }
}
