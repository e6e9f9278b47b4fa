package dev.plantain.remote.comfyui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import dev.plantain.plan.Box;
import dev.plantain.remote.ImageAnswer;
import dev.plantain.remote.ImageModel;
import dev.plantain.remote.MaskConvention;
import dev.plantain.remote.ModelHttp;
import dev.plantain.remote.Multipart;
import dev.plantain.remote.PixelSize;
import dev.plantain.remote.RemoteEndpoint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A ComfyUI server running the team's workflow: inputs go up with {@code POST /upload/image}, the patched workflow
 * is queued with {@code POST /prompt}, {@code GET /history/{prompt_id}} is polled until the run has finished, and the
 * first output image comes down with {@code GET /view}. The mask is uploaded as a PNG whose transparent pixels mark
 * the area to repaint (what {@code LoadImage} and {@code LoadImageMask} on its alpha channel read as the mask).
 */
public final class ComfyUiImages implements ImageModel {

    private final ModelHttp http;
    private final ComfyWorkflow workflow;
    private final ComfySettings settings;
    private final ImageAnswer answers;

    public ComfyUiImages(RemoteEndpoint endpoint, ComfyWorkflow workflow, ComfySettings settings, long maxImagePixels) {
        this.http = new ModelHttp(endpoint);
        this.workflow = workflow;
        this.settings = settings;
        this.answers = new ImageAnswer(endpoint.dependency(), maxImagePixels);
    }

    @Override
    public String name() {
        return http.endpoint().dependency();
    }

    @Override
    public PixelSize drawSize(int width, int height) {
        return settings.fit(width, height);
    }

    @Override
    public PixelSize editSize(int width, int height) {
        return settings.fit(width, height);
    }

    @Override
    public BufferedImage draw(String prompt, PixelSize size, long seed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", prompt);
        values.put("seed", seed & 0x7fffffffffffL);
        values.put("width", size.width());
        values.put("height", size.height());
        return run(values);
    }

    @Override
    public BufferedImage edit(BufferedImage image, Box area, String instruction, long seed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("prompt", instruction);
        values.put("seed", seed & 0x7fffffffffffL);
        values.put("width", image.getWidth());
        values.put("height", image.getHeight());
        values.put("image", upload("plantain-image.png", ImageCodec.encodePng(image)));
        values.put(
                "mask",
                upload("plantain-mask.png", MaskConvention.ALPHA_ZERO.png(image.getWidth(), image.getHeight(), area)));
        return run(values);
    }

    private BufferedImage run(Map<String, Object> values) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("prompt", workflow.patched(values));
        body.put("client_id", UUID.randomUUID().toString());
        JsonNode queued = json(http.send(authorized(http.request("/prompt"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)))
                .build()));
        String id = queued.path("prompt_id").asText("");
        if (id.isEmpty()) {
            throw DependencyFailure.permanent(name(), name() + " queued no prompt: " + queued, null);
        }
        JsonNode output = awaitOutput(id);
        String query = "filename=" + encode(output.path("filename").asText()) + "&subfolder="
                + encode(output.path("subfolder").asText("")) + "&type="
                + encode(output.path("type").asText("output"));
        return answers.decode(
                http.send(authorized(http.request("/view?" + query)).GET().build()));
    }

    private JsonNode awaitOutput(String id) {
        long deadline = System.nanoTime() + http.endpoint().timeout().toNanos();
        while (true) {
            JsonNode entry = json(http.send(authorized(http.request("/history/" + encode(id)))
                            .GET()
                            .build()))
                    .path(id);
            JsonNode status = entry.path("status");
            if ("error".equals(status.path("status_str").asText())) {
                throw DependencyFailure.permanent(
                        name(), name() + " workflow failed: " + status.path("messages"), null);
            }
            if (!entry.isMissingNode() && status.path("completed").asBoolean(true)) {
                return firstImage(entry.path("outputs"), id);
            }
            if (System.nanoTime() > deadline) {
                throw DependencyFailure.transientFailure(
                        name(),
                        name() + " did not finish prompt " + id + " within "
                                + http.endpoint().timeout(),
                        null,
                        null);
            }
            pause(settings.pollInterval());
        }
    }

    private JsonNode firstImage(JsonNode outputs, String id) {
        if (!settings.outputNode().isEmpty()) {
            JsonNode image = outputs.path(settings.outputNode()).path("images").path(0);
            if (!image.isMissingNode()) {
                return image;
            }
        } else {
            for (Iterator<JsonNode> nodes = outputs.elements(); nodes.hasNext(); ) {
                JsonNode image = nodes.next().path("images").path(0);
                if (!image.isMissingNode()) {
                    return image;
                }
            }
        }
        throw DependencyFailure.permanent(name(), name() + " finished prompt " + id + " with no output image", null);
    }

    private String upload(String filename, byte[] png) {
        Multipart form = new Multipart()
                .file("image", filename, "image/png", png)
                .field("type", "input")
                .field("overwrite", "true");
        JsonNode answer = json(http.send(authorized(http.request("/upload/image"))
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build()));
        String name = answer.path("name").asText("");
        if (name.isEmpty()) {
            throw DependencyFailure.permanent(this.name(), this.name() + " stored no upload: " + answer, null);
        }
        String folder = answer.path("subfolder").asText("");
        return folder.isEmpty() ? name : folder + "/" + name;
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        if (http.endpoint().apiKey().present()) {
            request.header("Authorization", "Bearer " + http.endpoint().apiKey().reveal());
        }
        return request;
    }

    private JsonNode json(byte[] body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw DependencyFailure.permanent(name(), name() + " answered a body that is not JSON", e);
        }
    }

    private void pause(Duration interval) {
        try {
            Thread.sleep(interval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DependencyFailure.transientFailure(name(), "interrupted while waiting for " + name(), null, e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
