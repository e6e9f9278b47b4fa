package dev.plantain.remote.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.plan.Box;
import dev.plantain.remote.ImageAnswer;
import dev.plantain.remote.ImageModel;
import dev.plantain.remote.ModelHttp;
import dev.plantain.remote.Multipart;
import dev.plantain.remote.PixelSize;
import dev.plantain.remote.RemoteEndpoint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * The OpenAI Images API and the servers that copy it (stable-diffusion.cpp's {@code sd-server}, LocalAI, gateways):
 * {@code POST /images/generations} as JSON to draw, {@code POST /images/edits} (or LocalAI's
 * {@code /images/inpainting}) as multipart with image, mask and prompt to edit; answers in {@code data[0].b64_json}
 * or {@code data[0].url}.
 */
public final class OpenAiImages implements ImageModel {

    private final ModelHttp http;
    private final OpenAiImagesSettings settings;
    private final ImageAnswer answers;

    public OpenAiImages(RemoteEndpoint endpoint, OpenAiImagesSettings settings, long maxImagePixels) {
        this.http = new ModelHttp(endpoint);
        this.settings = settings;
        this.answers = new ImageAnswer(endpoint.dependency(), maxImagePixels);
    }

    @Override
    public String name() {
        return http.endpoint().dependency();
    }

    @Override
    public PixelSize drawSize(int width, int height) {
        return SizeChoice.nearest(settings.sizes(), width, height);
    }

    @Override
    public PixelSize editSize(int width, int height) {
        return SizeChoice.nearest(settings.sizes(), width, height);
    }

    @Override
    public BufferedImage draw(String prompt, PixelSize size, long seed) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        if (!http.endpoint().model().isBlank()) {
            body.put("model", http.endpoint().model());
        }
        body.put("prompt", prompt).put("size", size.toString()).put("n", 1);
        if (!settings.outputFormat().isEmpty()) {
            body.put("output_format", settings.outputFormat());
        }
        HttpRequest request = authorized(http.request("/images/generations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build();
        return image(http.send(request));
    }

    @Override
    public BufferedImage edit(BufferedImage image, Box area, String instruction, long seed) {
        Multipart form = new Multipart();
        if (!http.endpoint().model().isBlank()) {
            form.field("model", http.endpoint().model());
        }
        form.field("prompt", instruction)
                .field("size", image.getWidth() + "x" + image.getHeight())
                .field("n", "1");
        if (!settings.outputFormat().isEmpty()) {
            form.field("output_format", settings.outputFormat());
        }
        form.file(settings.imageField(), "image.png", "image/png", ImageCodec.encodePng(image))
                .file("mask", "mask.png", "image/png", settings.mask().png(image.getWidth(), image.getHeight(), area));
        HttpRequest request = authorized(http.request(settings.editPath()))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build();
        return image(http.send(request));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        if (http.endpoint().apiKey().present()) {
            request.header("Authorization", "Bearer " + http.endpoint().apiKey().reveal());
        }
        return request;
    }

    private BufferedImage image(byte[] body) {
        JsonNode first;
        try {
            first = Json.MAPPER.readTree(body).path("data").path(0);
        } catch (IOException e) {
            throw DependencyFailure.permanent(name(), name() + " answered a body that is not JSON", e);
        }
        if (first.path("b64_json").isTextual()) {
            return answers.decodeBase64(first.get("b64_json").asText());
        }
        if (first.path("url").isTextual()) {
            URI url = http.endpoint().baseUrl().resolve(first.get("url").asText());
            return answers.decode(http.send(http.request(url).GET().build()));
        }
        throw DependencyFailure.permanent(
                name(), name() + " answered no image (no data[0].b64_json or data[0].url)", null);
    }
}
