package dev.plantain.messages;

import java.util.Locale;

/**
 * Plantain's topics. Each has one record type and one writer; the channel of a service that reads or writes it has
 * the same name as {@link #suffix()}. Every name on the broker is the configured prefix plus the suffix.
 */
public enum Topic {
    /** Jobs from clients (the input). */
    REQUESTS(JobRequest.class),
    /** Planned jobs, read by the draft stage. */
    DRAFT(DraftJob.class),
    /** Candidates, read by the verifier. */
    VERIFY(VerifyJob.class),
    /** Failed candidates, read by the refiner. */
    REFINE(RefineJob.class),
    /** Chosen candidates, read by the upscaler. */
    UPSCALE(UpscaleJob.class),
    /** Exactly one terminal record per job (the output). */
    RESULTS(JobResult.class),
    /** Progress events of every stage. */
    EVENTS(JobEvent.class);

    public static final String DEFAULT_PREFIX = "plantain.";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final Class<?> recordType;

    Topic(Class<?> recordType) {
        this.recordType = recordType;
    }

    public Class<?> recordType() {
        return recordType;
    }

    /** The name without prefix, also the channel name: {@code requests}, {@code draft}, ... */
    public String suffix() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String name(String prefix) {
        return prefix + suffix();
    }

    /** Whether a stage consumes it, and so has a dead-letter topic for it. */
    public boolean consumed() {
        return this != RESULTS && this != EVENTS;
    }

    /** The dead-letter topic of the stage that consumes this topic. */
    public String deadLetterName(String prefix) {
        if (!consumed()) {
            throw new IllegalStateException(this + " is not consumed by a stage");
        }
        return name(prefix) + DEAD_LETTER_SUFFIX;
    }
}
