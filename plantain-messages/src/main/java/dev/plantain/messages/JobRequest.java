package dev.plantain.messages;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A job as a client submits it on the {@code requests} topic; the job id is also the record key.
 *
 * @param jobId client-chosen id, 1-128 characters of letters, digits, {@code . _ : -}
 * @param prompt what to draw, 1-2000 characters
 * @param resolution output size
 * @param aspectRatio output shape
 * @param seed seed for every random choice; null lets the planner derive one from the job id
 * @param maxRefineRounds refine rounds allowed after the first draft, 0-8
 * @param acceptance what to deliver when verification never passes
 * @param labels free-form labels passed through to the result
 */
public record JobRequest(
        String jobId,
        String prompt,
        Resolution resolution,
        AspectRatio aspectRatio,
        Long seed,
        int maxRefineRounds,
        Acceptance acceptance,
        Map<String, String> labels) {

    public static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    public static final int MAX_PROMPT_LENGTH = 2000;
    public static final int MAX_REFINE_ROUNDS = 8;
    public static final int DEFAULT_REFINE_ROUNDS = 3;

    public JobRequest {
        Objects.requireNonNull(jobId, "jobId");
        if (!JOB_ID.matcher(jobId).matches()) {
            throw new InvalidRequestException(
                    "jobId", "must be 1-128 characters of letters, digits, '.', '_', ':' or '-'");
        }
        if (prompt == null || prompt.isBlank()) {
            throw new InvalidRequestException("prompt", "is required: a non-empty description of the image");
        }
        if (prompt.length() > MAX_PROMPT_LENGTH) {
            throw new InvalidRequestException(
                    "prompt", "is " + prompt.length() + " characters; at most " + MAX_PROMPT_LENGTH + " are allowed");
        }
        resolution = resolution == null ? Resolution.R1K : resolution;
        aspectRatio = aspectRatio == null ? AspectRatio.SQUARE : aspectRatio;
        if (maxRefineRounds < 0 || maxRefineRounds > MAX_REFINE_ROUNDS) {
            throw new InvalidRequestException(
                    "maxRefineRounds", "is " + maxRefineRounds + "; allowed: 0 to " + MAX_REFINE_ROUNDS);
        }
        acceptance = acceptance == null ? Acceptance.BEST_EFFORT : acceptance;
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** The seed to use: the given one, or one derived from the job id so a replay draws the same image. */
    public long effectiveSeed() {
        return seed != null ? seed : Integer.toUnsignedLong(jobId.hashCode());
    }

    /** Width of the image at native (drafting) resolution. */
    public int nativeWidth() {
        return aspectRatio.canvasWidth(resolution.nativeLongSide());
    }

    /** Height of the image at native (drafting) resolution. */
    public int nativeHeight() {
        return aspectRatio.canvasHeight(resolution.nativeLongSide());
    }

    /** Width of the delivered image. */
    public int outputWidth() {
        return aspectRatio.canvasWidth(resolution.longSide());
    }

    /** Height of the delivered image. */
    public int outputHeight() {
        return aspectRatio.canvasHeight(resolution.longSide());
    }
}
