package dev.plantain.remote.vlm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.remote.ModelHttp;
import dev.plantain.remote.RemoteEndpoint;
import dev.plantain.remote.Resize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Base64;

/**
 * Asks a vision-language model one yes/no question about an image over OpenAI-compatible chat completions (vLLM,
 * Ollama, llama.cpp's server, hosted APIs): the image as a PNG data URL, greedy decoding, and {@code logprobs} with
 * {@code top_logprobs} so P(yes) can be read where the server returns them.
 */
public final class ChatJudge {

    private final ModelHttp http;
    private final int maxSide;
    private final boolean logprobs;

    /**
     * @param maxSide the image's longest side as sent; larger images are shrunk (shape kept)
     * @param logprobs ask for {@code logprobs}; off for servers that refuse the field
     */
    public ChatJudge(RemoteEndpoint endpoint, int maxSide, boolean logprobs) {
        this.http = new ModelHttp(endpoint);
        this.maxSide = maxSide;
        this.logprobs = logprobs;
    }

    public String name() {
        return http.endpoint().dependency();
    }

    public String model() {
        return http.endpoint().model();
    }

    /** The image as the data URL every question about it carries. */
    public String dataUrl(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        BufferedImage sent = longSide <= maxSide
                ? image
                : Resize.to(
                        image,
                        Math.max(1, image.getWidth() * maxSide / longSide),
                        Math.max(1, image.getHeight() * maxSide / longSide));
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(ImageCodec.encodePng(sent));
    }

    public JudgeAnswer ask(String dataUrl, String question) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (!model().isBlank()) {
            body.put("model", model());
        }
        ArrayNode content =
                body.putArray("messages").addObject().put("role", "user").putArray("content");
        content.addObject().put("type", "text").put("text", question + " Please answer yes or no.");
        content.addObject().put("type", "image_url").putObject("image_url").put("url", dataUrl);
        body.put("temperature", 0).put("max_tokens", 3);
        if (logprobs) {
            body.put("logprobs", true).put("top_logprobs", 5);
        }
        HttpRequest.Builder request = http.request("/chat/completions")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (http.endpoint().apiKey().present()) {
            request.header("Authorization", "Bearer " + http.endpoint().apiKey().reveal());
        }
        JsonNode choice;
        try {
            choice = Json.MAPPER
                    .readTree(http.send(request.build()))
                    .path("choices")
                    .path(0);
        } catch (IOException e) {
            throw DependencyFailure.permanent(name(), name() + " answered a body that is not JSON", e);
        }
        if (!choice.path("message").isObject()) {
            throw DependencyFailure.permanent(name(), name() + " answered no choices[0].message", null);
        }
        return JudgeAnswer.of(choice);
    }
}
