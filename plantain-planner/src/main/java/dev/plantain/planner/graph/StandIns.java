package dev.plantain.planner.graph;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule that separates a true depiction from a stand-in. A noun's art is a <b>true depiction</b> when it shows the
 * thing the noun names, under any name: the same thing (a frisbee as the flying-disc emoji), a more general kind of it
 * (a sedan drawn as a car, a poodle as a dog), or a particular kind of it (a flower drawn as a tulip). It is a
 * <b>stand-in</b> when it shows another thing that merely looks like it or goes with it (a parking meter as a fuel
 * pump, a surfboard as a person surfing). A stand-in is never passed as the noun: its entity atom is not depicted.
 * The stand-ins the planner still uses are listed here with what their art shows; a test checks every other synonym
 * of the planner against WordNet (one is a kind of the other) or its list of other names for the same thing.
 */
public final class StandIns {

    /** Concepts (hyphen-joined, singular) drawn with art of another thing, and what that art shows. */
    static final Map<String, String> SHOWS = Map.ofEntries(
            Map.entry("parking-meter", "a fuel pump"),
            Map.entry("surfboard", "a person surfing"),
            Map.entry("tennis-racket", "a badminton racket and shuttlecock"),
            Map.entry("racket", "a badminton racket and shuttlecock"),
            Map.entry("bench", "a vehicle seat"),
            Map.entry("baseball-glove", "a pair of winter gloves"),
            Map.entry("necklace", "prayer beads"),
            Map.entry("wallet", "a purse"),
            Map.entry("amplifier", "a loudspeaker"),
            Map.entry("goldfish", "a tropical fish"),
            Map.entry("keychain", "a key"),
            Map.entry("jewelry", "a gem stone"),
            Map.entry("jewellery", "a gem stone"),
            Map.entry("bookshelf", "a stack of books"),
            Map.entry("sweater", "a coat"),
            Map.entry("jumper", "a coat"),
            Map.entry("sea", "a wave"),
            Map.entry("ocean", "a wave"),
            Map.entry("lake", "a wave"),
            Map.entry("pond", "a wave"),
            Map.entry("sky", "a cloud"),
            Map.entry("container", "a parcel"),
            Map.entry("pepper-shaker", "a salt shaker"),
            Map.entry("phone-case", "a mobile phone"),
            Map.entry("pho", "a bowl of noodle soup of no particular kind"),
            Map.entry("margarita", "a martini glass with an olive"),
            Map.entry("canary", "a red bird like a cardinal"),
            Map.entry("wine-bottle", "a champagne bottle popping its cork"),
            Map.entry("wine-bottles", "a champagne bottle popping its cork"));

    /**
     * People's art that shows a head and shoulders only (the emoji sets' person, man, woman, child and their
     * professions and looks, in every skin tone); the full figures (standing, walking, dancing, biking) are not busts.
     */
    private static final Pattern BUST = Pattern.compile("(person|man|woman|boy|girl|child|baby|older-person|old-man"
            + "|old-woman|adult)(-(bald|beard|blonde-hair|curly-hair|red-hair|white-hair|artist|astronaut|cook"
            + "|construction-worker|detective|factory-worker|farmer|firefighter|guard|health-worker|judge|mechanic"
            + "|office-worker|pilot|police-officer|scientist|singer|student|teacher|technologist|in-tuxedo|with-veil"
            + "|wearing-turban|with-headscarf|with-crown|with-skullcap|elf|vampire|zombie|frowning|pouting|deaf"
            + "|gesturing-ok|gesturing-no|raising-hand|tipping-hand|facepalming|shrugging|feeding-baby))?"
            + "(-(light|medium-light|medium|medium-dark|dark))?");

    /** What a bust shows, when a scene needs the whole person. */
    public static final String HEAD_AND_SHOULDERS = "a head and shoulders";

    private StandIns() {}

    /**
     * Whether an art id ({@code woman}, {@code fluent:man-cook-dark}) shows a person as a head and shoulders: a
     * portrait, but no whole person to stand somewhere, hold, ride or do anything.
     */
    public static boolean isBust(String artId) {
        return BUST.matcher(artId.substring(artId.indexOf(':') + 1)).matches();
    }

    /** What the art drawn for this concept really shows, when it is a stand-in; empty for a true depiction. */
    public static Optional<String> shows(String concept) {
        return Optional.ofNullable(
                SHOWS.get(concept.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')));
    }

    /** The concepts with a stand-in, for tests and documentation. */
    public static java.util.Set<String> concepts() {
        return SHOWS.keySet();
    }
}
