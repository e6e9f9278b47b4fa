package dev.plantain.planner;

import dev.plantain.plan.Entity;
import dev.plantain.plan.Palette;
import java.util.List;
import java.util.Objects;

/** Picks the background colour: the first of a few plain colours that stands apart from every coloured entity. */
final class Backdrop {

    /** The least CIELAB distance between the background and an entity's colour. */
    static final double MIN_CONTRAST = 25;

    private static final List<String> CHOICES = List.of("white", "sky-blue", "gray", "black");

    private Backdrop() {}

    static String choose(List<Entity> entities) {
        List<Palette.Named> colors = entities.stream()
                .map(Entity::color)
                .filter(Objects::nonNull)
                .map(Palette::named)
                .toList();
        for (String choice : CHOICES) {
            Palette.Named background = Palette.named(choice);
            if (colors.stream().allMatch(c -> c.lab().distance(background.lab()) >= MIN_CONTRAST)) {
                return choice;
            }
        }
        return CHOICES.get(0);
    }
}
