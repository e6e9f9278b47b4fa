package dev.plantain.remote.gemini;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.plan.Box;
import dev.plantain.remote.ImageAnswer;
import dev.plantain.remote.ImageModel;
import dev.plantain.remote.ModelHttp;
import dev.plantain.remote.PixelSize;
import dev.plantain.remote.RemoteEndpoint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Google's Gemini API image models (the "Nano Banana" family): {@code POST /models/{model}:generateContent} with the
 * key in {@code x-goog-api-key}, a text part and, to edit, the image as an {@code inlineData} part (Gemini takes no
 * mask: the refiner's composite keeps the rest); {@code imageConfig} asks for the shape and size. An answer without
 * an image part, or one that did not finish with {@code STOP}, fails with the provider's reason.
 */
public final class GeminiImages implements ImageModel {

    private final ModelHttp http;
    private final ImageAnswer answers;
    private final boolean sendImageSize;

    /**
     * @param sendImageSize send {@code imageConfig.imageSize}; models that take no size (gemini-2.5-flash-image)
     *     refuse it
     */
    public GeminiImages(RemoteEndpoint endpoint, boolean sendImageSize, long maxImagePixels) {
        if (endpoint.model().isBlank()) {
            throw new IllegalArgumentException("the gemini engine needs a model name (gemini-2.5-flash-image, ...)");
        }
        this.http = new ModelHttp(endpoint);
        this.answers = new ImageAnswer(endpoint.dependency(), maxImagePixels);
        this.sendImageSize = sendImageSize;
    }

    @Override
    public String name() {
        return http.endpoint().dependency();
    }

    @Override
    public PixelSize drawSize(int width, int height) {
        return GeminiShapes.nearest(width, height);
    }

    @Override
    public PixelSize editSize(int width, int height) {
        return GeminiShapes.nearest(width, height, 1);
    }

    @Override
    public BufferedImage draw(String prompt, PixelSize size, long seed) {
        return generate(List.of(text(prompt)), size, seed);
    }

    @Override
    public BufferedImage edit(BufferedImage image, Box area, String instruction, long seed) {
        ObjectNode inline = Json.MAPPER.createObjectNode();
        inline.putObject("inlineData")
                .put("mimeType", "image/png")
                .put("data", Base64.getEncoder().encodeToString(ImageCodec.encodePng(image)));
        String words = "Edit this image: " + instruction + " Keep its framing, size and everything outside the part "
                + "being changed.";
        return generate(List.of(text(words), inline), new PixelSize(image.getWidth(), image.getHeight()), seed);
    }

    private BufferedImage generate(List<ObjectNode> parts, PixelSize size, long seed) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        ObjectNode content = body.putArray("contents").addObject().put("role", "user");
        ArrayNode partArray = content.putArray("parts");
        parts.forEach(partArray::add);
        ObjectNode config = body.putObject("generationConfig");
        config.putArray("responseModalities").add("TEXT").add("IMAGE");
        config.put("seed", (int) (seed & 0x7fffffff));
        ObjectNode imageConfig = config.putObject("imageConfig").put("aspectRatio", GeminiShapes.ratio(size));
        if (sendImageSize) {
            imageConfig.put("imageSize", GeminiShapes.imageSize(size));
        }
        HttpRequest.Builder request = http.request("/models/" + http.endpoint().model() + ":generateContent")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
        if (http.endpoint().apiKey().present()) {
            request.header("x-goog-api-key", http.endpoint().apiKey().reveal());
        }
        return image(http.send(request.build()));
    }

    private BufferedImage image(byte[] body) {
        JsonNode answer;
        try {
            answer = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw DependencyFailure.permanent(name(), name() + " answered a body that is not JSON", e);
        }
        JsonNode candidate = answer.path("candidates").path(0);
        if (candidate.isMissingNode()) {
            String blocked = answer.path("promptFeedback").path("blockReason").asText("");
            throw DependencyFailure.permanent(
                    name(),
                    name() + (blocked.isEmpty() ? " answered no candidate" : " blocked the prompt: " + blocked),
                    null);
        }
        String finish = candidate.path("finishReason").asText("");
        if (!finish.isEmpty() && !finish.equals("STOP")) {
            String message = candidate.path("finishMessage").asText("");
            throw DependencyFailure.permanent(
                    name(),
                    name() + " stopped with finishReason " + finish + (message.isEmpty() ? "" : ": " + message),
                    null);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode part : candidate.path("content").path("parts")) {
            JsonNode inline = part.has("inlineData") ? part.get("inlineData") : part.path("inline_data");
            String mime =
                    inline.path("mimeType").asText(inline.path("mime_type").asText(""));
            if (mime.startsWith("image/") && inline.path("data").isTextual()) {
                return answers.decodeBase64(inline.get("data").asText());
            }
            if (part.path("text").isTextual()) {
                texts.add(part.get("text").asText());
            }
        }
        throw DependencyFailure.permanent(
                name(),
                name() + " answered no image part" + (texts.isEmpty() ? "" : ", only text: " + String.join(" ", texts)),
                null);
    }

    private static ObjectNode text(String words) {
        return Json.MAPPER.createObjectNode().put("text", words);
    }
}
