package dev.plantain.messages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a raw {@code requests} record into a {@link JobRequest}, or explains in a sentence a person can act on why
 * it cannot: which field, what it held, and what is allowed. Unknown fields are ignored.
 */
public final class RequestParser {

    /** The outcome: exactly one of {@code request} and {@code reason} is set. */
    public record Parsed(String jobId, JobRequest request, String field, String reason) {

        public boolean ok() {
            return request != null;
        }
    }

    private RequestParser() {}

    /**
     * @param key the record key, the job id when present
     * @param value the record value, expected to be a JSON object
     * @param fallbackJobId the id to report under when neither key nor body names the job
     */
    public static Parsed parse(String key, String value, String fallbackJobId) {
        String jobId = key != null && !key.isEmpty() ? key : fallbackJobId;
        if (value == null || value.isBlank()) {
            return rejected(jobId, "value", "the record has no value: send a JSON object with at least a 'prompt'");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
            return rejected(
                    jobId,
                    "value",
                    "the record is not JSON (" + e.getOriginalMessage()
                            + "): send a JSON object with at least a 'prompt'");
        }
        if (!(root instanceof ObjectNode body)) {
            return rejected(
                    jobId,
                    "value",
                    "the record is JSON but not an object: send a JSON object with at least a 'prompt'");
        }
        JsonNode idNode = body.get("jobId");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isTextual()) {
                return rejected(jobId, "jobId", "must be a string");
            }
            if (key != null && !key.isEmpty() && !key.equals(idNode.asText())) {
                return rejected(
                        jobId,
                        "jobId",
                        "is '" + idNode.asText() + "' but the record key is '" + key
                                + "': the key is the job id, leave the field out or make them equal");
            }
            jobId = idNode.asText();
        }
        try {
            return new Parsed(
                    jobId,
                    new JobRequest(
                            jobId,
                            text(body, "prompt", "a non-empty description of the image"),
                            enumField(body, "resolution", Resolution.class),
                            aspectRatio(body),
                            longField(body, "seed"),
                            intField(body, "maxRefineRounds", JobRequest.DEFAULT_REFINE_ROUNDS),
                            enumField(body, "acceptance", Acceptance.class),
                            labels(body)),
                    null,
                    null);
        } catch (InvalidRequestException e) {
            return rejected(jobId, e.field(), e.getMessage());
        }
    }

    private static Parsed rejected(String jobId, String field, String reason) {
        return new Parsed(jobId, null, field, "bad request: " + reason);
    }

    private static String text(ObjectNode body, String field, String what) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidRequestException(field, "must be a string: " + what + ", got " + describe(node));
        }
        return node.asText();
    }

    private static <E extends Enum<E>> E enumField(ObjectNode body, String field, Class<E> type) {
        E[] constants = type.getEnumConstants();
        String allowed = Arrays.stream(constants).map(RequestParser::label).collect(Collectors.joining(", "));
        String value = text(body, field, "one of " + allowed);
        if (value == null) {
            return null;
        }
        return Arrays.stream(constants)
                .filter(c -> label(c).equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "is '" + value + "'; allowed: " + allowed));
    }

    private static String label(Enum<?> constant) {
        if (constant instanceof Resolution r) {
            return r.label();
        }
        if (constant instanceof Acceptance a) {
            return a.label();
        }
        return constant.name();
    }

    private static AspectRatio aspectRatio(ObjectNode body) {
        String value = text(body, "aspectRatio", AspectRatio.ALLOWED);
        if (value == null) {
            return null;
        }
        try {
            return AspectRatio.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("aspectRatio", "is '" + value + "'; allowed: " + AspectRatio.ALLOWED);
        }
    }

    private static Long longField(ObjectNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
            throw new InvalidRequestException(
                    field, "must be a whole number from 0 to " + Long.MAX_VALUE + ", got " + describe(node));
        }
        return node.asLong();
    }

    private static int intField(ObjectNode body, String field, int fallback) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new InvalidRequestException(
                    field,
                    "must be a whole number from 0 to " + JobRequest.MAX_REFINE_ROUNDS + ", got " + describe(node));
        }
        return node.asInt();
    }

    private static Map<String, String> labels(ObjectNode body) {
        JsonNode node = body.get("labels");
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new InvalidRequestException("labels", "must be an object of string values, got " + describe(node));
        }
        Map<String, String> labels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            if (!e.getValue().isTextual()) {
                throw new InvalidRequestException(
                        "labels." + e.getKey(), "must be a string, got " + describe(e.getValue()));
            }
            labels.put(e.getKey(), e.getValue().asText());
        }
        return labels;
    }

    private static String describe(JsonNode node) {
        String text = node.toString();
        return node.getNodeType().name().toLowerCase() + " "
                + (text.length() > 40 ? text.substring(0, 40) + "..." : text);
    }
}
