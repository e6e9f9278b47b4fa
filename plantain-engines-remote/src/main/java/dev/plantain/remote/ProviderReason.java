package dev.plantain.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The reason a provider gave in an error body, in the shapes the supported APIs use: OpenAI's and Gemini's
 * {@code {"error": {"message", "code" | "status"}}}, ComfyUI's {@code {"error": {"type", "message"}}}, a plain
 * {@code {"error": "..."}} (LocalAI, sd-server), or the body's first characters when it is not JSON.
 */
final class ProviderReason {

    private static final int MAX_TEXT = 300;

    private ProviderReason() {}

    static String of(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        try {
            JsonNode error = Json.MAPPER.readTree(text).path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.isObject()) {
                String message = error.path("message").asText("");
                String code = first(error, "status", "code", "type");
                return code.isEmpty() ? message : code + ": " + message;
            }
        } catch (IOException | RuntimeException notJson) {
            // fall through: the raw text is the best reason there is
        }
        return text.isEmpty() ? "(empty body)" : text.substring(0, Math.min(MAX_TEXT, text.length()));
    }

    /** OpenAI's machine-readable error code ({@code insufficient_quota}), or empty. */
    static String code(byte[] body) {
        try {
            JsonNode error = Json.MAPPER.readTree(body).path("error");
            return first(error, "code", "type");
        } catch (IOException | RuntimeException notJson) {
            return "";
        }
    }

    private static String first(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.path(field);
            if (value.isTextual() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return "";
    }
}
