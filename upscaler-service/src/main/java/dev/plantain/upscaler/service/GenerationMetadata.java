package dev.plantain.upscaler.service;

import dev.plantain.messages.JobRequest;
import dev.plantain.messages.Json;
import dev.plantain.messages.UpscaleJob;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The job's story as PNG text chunks: the standard Title, Description, Software and Comment keywords, one keyword
 * per fact, and a {@code parameters} line in the style other generators write (prompt, then "Key: value" pairs).
 */
final class GenerationMetadata {

    private GenerationMetadata() {}

    static Map<String, String> of(
            UpscaleJob job, int rounds, int width, int height, String upscaler, String warning, String version) {
        JobRequest request = job.request();
        String verification = (job.report().passed() ? "verified: " : "not verified: ")
                + job.report().summary();
        String digest = "sha256:" + sha256(Json.write(job.plan()));
        Map<String, String> text = new LinkedHashMap<>();
        text.put("Title", "Plantain " + request.jobId());
        text.put("Description", request.prompt());
        text.put("Software", "Plantain " + version);
        text.put("prompt", request.prompt());
        text.put("seed", Long.toString(request.effectiveSeed()));
        text.put(
                "resolution",
                request.resolution().label() + " " + width + "x" + height + " (" + request.aspectRatio() + ")");
        text.put("rounds", Integer.toString(rounds));
        text.put("verification", verification);
        text.put("plan-digest", digest);
        text.put("upscaler", upscaler);
        if (warning != null) {
            text.put("warning", warning);
        }
        text.put(
                "parameters",
                request.prompt() + "\nSeed: " + request.effectiveSeed() + ", Size: " + width + "x" + height
                        + ", Resolution: " + request.resolution().label() + ", Refine rounds: " + rounds
                        + ", Verified: "
                        + job.report().passed() + ", Score: "
                        + String.format(
                                java.util.Locale.ROOT, "%.3f", job.report().score())
                        + ", Upscaler: " + upscaler + ", Plan digest: " + digest + ", Version: Plantain " + version);
        text.put("Comment", verification + (warning == null ? "" : "; warning: " + warning));
        return text;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
