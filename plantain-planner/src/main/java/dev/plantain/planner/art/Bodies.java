package dev.plantain.planner.art;

import dev.plantain.art.ArtLibrary;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People with bodies: the emoji for "man", "woman", "person", "child", "boy" and "girl" are heads, which float in a
 * scene; a full figure (standing, or walking or running when the prompt says so) stands on the ground, rides a
 * horse, holds a thing at its hand. Children have no full figure of their own in the art sets, so they get the
 * neutral person's figure, which the draft draws at a child's height. A person sitting (or on a seat) sits cross-legged.
 * A portrait, a face or a head keeps the head.
 */
public final class Bodies {

    /** Head art to the figure's stem: the figure art ids are {@code stem-standing}, {@code stem-walking}, .... */
    private static final Map<String, String> FIGURES = Map.ofEntries(
            Map.entry("man", "man"),
            Map.entry("woman", "woman"),
            Map.entry("person", "person"),
            Map.entry("adult", "person"),
            Map.entry("child", "person"),
            Map.entry("boy", "person"),
            Map.entry("girl", "person"));

    private static final Pattern HEADS =
            Pattern.compile("\\b(portrait|face|faces|head|heads|headshot|selfie|close-up|closeup|emoji|avatar)\\b");

    private Bodies() {}

    /**
     * The figure's art id for a head's art id, in the pose the entity's states and actions name, or the art id
     * itself when it is no head or the prompt asks for a face.
     */
    public static String artId(String artId, Collection<String> states, String prompt) {
        String stem = FIGURES.get(artId);
        if (stem == null || HEADS.matcher(prompt.toLowerCase(Locale.ROOT)).find()) {
            return artId;
        }
        ArtLibrary art = ArtLibrary.fluentFlat();
        String posed = stem + "-" + pose(states);
        return art.has(posed) ? posed : art.has(stem + "-standing") ? stem + "-standing" : artId;
    }

    private static String pose(Collection<String> states) {
        Set<String> sitting = Set.of("sitting", "sit", "sits", "seated", "resting", "relaxing", "meditating");
        if (states.stream().anyMatch(s -> sitting.contains(s.toLowerCase(Locale.ROOT)))) {
            return "in-lotus-position";
        }
        Set<String> running = Set.of("running", "run", "runs", "jogging", "sprinting", "racing");
        Set<String> walking = Set.of("walking", "walk", "walks", "strolling", "hiking", "marching", "leading");
        if (states.stream().anyMatch(s -> running.contains(s.toLowerCase(Locale.ROOT)))) {
            return "running";
        }
        if (states.stream().anyMatch(s -> walking.contains(s.toLowerCase(Locale.ROOT)))) {
            return "walking";
        }
        return "standing";
    }
}
