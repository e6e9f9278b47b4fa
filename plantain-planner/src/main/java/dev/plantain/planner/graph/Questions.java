package dev.plantain.planner.graph;

import java.util.List;

/** The yes/no question each atom asks of an image, in plain English, for a model judge or a person. */
final class Questions {

    private Questions() {}

    static String entity(String noun) {
        return "Is there " + article(noun) + " " + noun + "?";
    }

    static String count(String written, String noun) {
        return "Are there " + written + " " + noun + "?";
    }

    static String attribute(String noun, String type, String value) {
        return switch (type) {
            case "side" -> "Is the " + noun + " on the " + value + " of the picture?";
            case "manner" -> "Is the " + noun + " shown " + value + "?";
            default -> "Is the " + noun + " " + value + "?";
        };
    }

    static String action(String subject, String verb, String object) {
        return "Is the " + subject + " " + verb + " the " + object + "?";
    }

    static String relation(String subject, String label, List<String> objects) {
        String words = label.replace('-', ' ');
        if (objects.isEmpty()) {
            return "Is the " + subject + " " + words + " something?";
        }
        String object =
                objects.size() == 2 ? "the " + objects.get(0) + " and the " + objects.get(1) : "the " + objects.get(0);
        return switch (label) {
            case "with" -> "Does the " + subject + " have " + object + "?";
            case "of" -> "Is the " + subject + " a " + subject + " of " + objects.get(0) + "?";
            default -> "Is the " + subject + " " + words + " " + object + "?";
        };
    }

    static String global(String type, String value) {
        return switch (type) {
            case "style" ->
                value.equals("photo")
                        ? "Is the picture a photograph?"
                        : "Is the picture in the style of " + value + "?";
            case "time", "weather" -> "Does the scene show " + value + "?";
            default -> "Does the scene take place in or on " + article(value) + " " + value + "?";
        };
    }

    static String text(String content, String carrier) {
        return "Does " + article(carrier) + " " + carrier + " in the picture read \"" + content + "\"?";
    }

    static String negation(String noun) {
        return "Is the picture free of any " + noun + "?";
    }

    private static String article(String noun) {
        return !noun.isEmpty() && "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }
}
