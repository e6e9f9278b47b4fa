package dev.plantain.remote.vlm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * What the judge said to one question: its text, and P(yes) read from the first generated token's
 * {@code top_logprobs} when the server sent them (VQAScore: the probabilities of every spelling of yes, "Yes",
 * " yes", "YES", added up), else 1 or 0 from an answer that starts with yes or no, else nothing.
 */
public record JudgeAnswer(String text, OptionalDouble yes, boolean fromLogprobs) {

    /** Reads {@code choices[0]} of a chat completion. */
    static JudgeAnswer of(JsonNode choice) {
        String text = choice.path("message").path("content").asText("").strip();
        JsonNode first = choice.path("logprobs").path("content").path(0);
        if (!first.isMissingNode()) {
            double yes = 0;
            double no = 0;
            boolean seen = false;
            JsonNode tops = first.path("top_logprobs");
            Iterable<JsonNode> tokens = tops.isArray() && !tops.isEmpty() ? tops : java.util.List.of(first);
            for (JsonNode t : tokens) {
                String word = word(t.path("token").asText(""));
                double p = Math.exp(t.path("logprob").asDouble(Double.NEGATIVE_INFINITY));
                if (word.equals("yes")) {
                    yes += p;
                    seen = true;
                } else if (word.equals("no")) {
                    no += p;
                    seen = true;
                }
            }
            if (seen) {
                return new JudgeAnswer(text, OptionalDouble.of(Math.min(1, yes)), true);
            }
        }
        String word = word(text);
        if (word.startsWith("yes")) {
            return new JudgeAnswer(text, OptionalDouble.of(1), false);
        }
        if (word.startsWith("no")) {
            return new JudgeAnswer(text, OptionalDouble.of(0), false);
        }
        return new JudgeAnswer(text, OptionalDouble.empty(), false);
    }

    private static String word(String token) {
        return token.strip().toLowerCase(Locale.ROOT).replaceAll("^[^a-z]+|[^a-z]+$", "");
    }
}
