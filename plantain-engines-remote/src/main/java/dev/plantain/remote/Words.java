package dev.plantain.remote;

import dev.plantain.plan.RelationKind;
import java.util.Locale;

/** The few English forms the prompts, edit instructions and judge questions need. */
public final class Words {

    private Words() {}

    /** "apple" for one, "apples" for any other count. */
    public static String plural(String noun, long count) {
        if (count == 1 || noun.isEmpty()) {
            return noun;
        }
        String lower = noun.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return noun + "es";
        }
        if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    /** "to the left of", "on top of", "between". */
    public static String relation(RelationKind kind) {
        return switch (kind) {
            case LEFT_OF -> "to the left of";
            case RIGHT_OF -> "to the right of";
            case ABOVE -> "above";
            case BELOW -> "below";
            case ON_TOP_OF -> "on top of";
            case UNDER -> "under";
            case NEXT_TO -> "next to";
            case BETWEEN -> "between";
            case IN_FRONT_OF -> "in front of";
            case BEHIND -> "behind";
            case INSIDE -> "inside";
        };
    }

    /** "one", "two", ... "ten", then digits. */
    public static String number(long n) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
        return n >= 0 && n < words.length ? words[(int) n] : Long.toString(n);
    }
}
