package dev.plantain.messages;

import java.util.Locale;

/** The five stages, each with the topic it consumes and the consumer group its instances share. */
public enum Stage {
    PLANNER(Topic.REQUESTS),
    DRAFT(Topic.DRAFT),
    VERIFIER(Topic.VERIFY),
    REFINER(Topic.REFINE),
    UPSCALER(Topic.UPSCALE);

    private final Topic input;

    Stage(Topic input) {
        this.input = input;
    }

    public Topic input() {
        return input;
    }

    /** The name used in events, logs, consumer groups and module names ({@code draft} is {@code draft-service}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String consumerGroup() {
        return "plantain-" + label();
    }
}
