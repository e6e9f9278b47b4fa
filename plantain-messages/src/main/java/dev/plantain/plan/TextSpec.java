package dev.plantain.plan;

import java.util.Objects;

/**
 * Quoted text the image must show, and what carries it.
 *
 * @param id stable id within the plan ({@code t1})
 * @param content the exact text
 * @param carrier what it is written on ("sign", "banner", "poster")
 * @param box where the carrier stands in the layout
 */
public record TextSpec(String id, String content, String carrier, Box box) {

    public TextSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        carrier = carrier == null ? "sign" : carrier;
    }

    public TextSpec withBox(Box newBox) {
        return new TextSpec(id, content, carrier, newBox);
    }
}
