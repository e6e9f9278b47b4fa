package dev.plantain.remote;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.messages.Json;
import dev.plantain.remote.FakeModelServer.Reply;
import dev.plantain.remote.comfyui.ComfySettings;
import dev.plantain.remote.comfyui.ComfyUiImages;
import dev.plantain.remote.comfyui.ComfyWorkflow;
import dev.plantain.remote.gemini.GeminiImages;
import dev.plantain.remote.openai.OpenAiImages;
import dev.plantain.remote.openai.OpenAiImagesSettings;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Each image engine wired to a loopback server that speaks its format and answers every request with random pixels
 * of the size it was asked for: a model that ignores masks and instructions entirely.
 */
public enum GarbageServers {
    OPENAI_IMAGES(server -> {
        server.route("/v1/images/", s -> {
            String size = s.path().endsWith("generations")
                    ? s.json().get("size").asText()
                    : s.parts().get("size").text();
            return b64Data(TestImages.noise(
                    PixelSize.parse(size).width(), PixelSize.parse(size).height(), 11));
        });
        return new OpenAiImages(
                endpoint("openai-images", server.base("/v1")), OpenAiImagesSettings.openAi(), 50_000_000);
    }),
    GEMINI(server -> {
        server.route("/v1beta/models/", s -> {
            JsonNode parts = s.json().at("/contents/0/parts");
            BufferedImage size = parts.size() > 1
                    ? TestImages.read(Base64.getDecoder()
                            .decode(parts.get(1).at("/inlineData/data").asText()))
                    : TestImages.scene(1344, 768);
            return Reply.json(
                    200,
                    "{\"candidates\":[{\"content\":{\"parts\":[{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\""
                            + TestImages.base64Png(TestImages.noise(size.getWidth(), size.getHeight(), 12))
                            + "\"}}]},\"finishReason\":\"STOP\"}]}");
        });
        return new GeminiImages(
                new RemoteEndpoint(
                        "gemini",
                        server.base("/v1beta"),
                        "gemini-2.5-flash-image",
                        ApiKey.of("k"),
                        Duration.ofSeconds(20),
                        10),
                false,
                50_000_000);
    }),
    COMFYUI(server -> {
        AtomicReference<JsonNode> graph = new AtomicReference<>();
        server.route(
                        "/upload/image",
                        s -> Reply.json(200, "{\"name\":\"in.png\",\"subfolder\":\"\",\"type\":\"input\"}"))
                .route("/prompt", s -> {
                    graph.set(s.json().get("prompt"));
                    return Reply.json(200, "{\"prompt_id\":\"g\"}");
                })
                .route(
                        "/history/g",
                        s -> Reply.json(
                                200,
                                "{\"g\":{\"status\":{\"completed\":true},\"outputs\":{\"9\":{\"images\":"
                                        + "[{\"filename\":\"o.png\",\"subfolder\":\"\",\"type\":\"output\"}]}}}}"))
                .route(
                        "/view",
                        s -> Reply.bytes(
                                "image/png",
                                TestImages.png(TestImages.noise(
                                        graph.get().at("/5/inputs/width").asInt(),
                                        graph.get().at("/5/inputs/height").asInt(),
                                        13))));
        return new ComfyUiImages(
                endpoint("comfyui", server.base("")),
                workflow(),
                new ComfySettings(Duration.ofMillis(5), 1024, ""),
                50_000_000);
    });

    private final Function<FakeModelServer, ImageModel> start;

    GarbageServers(Function<FakeModelServer, ImageModel> start) {
        this.start = start;
    }

    /** The engine, talking to {@code server} (which this call configures). */
    public ImageModel engine(FakeModelServer server) {
        return start.apply(server);
    }

    private static RemoteEndpoint endpoint(String name, java.net.URI base) {
        return new RemoteEndpoint(name, base, "m", ApiKey.of("k"), Duration.ofSeconds(20), 10);
    }

    private static Reply b64Data(BufferedImage image) {
        return Reply.json(200, "{\"data\":[{\"b64_json\":\"" + TestImages.base64Png(image) + "\"}]}");
    }

    private static ComfyWorkflow workflow() {
        try {
            return ComfyWorkflow.of(
                    Json.MAPPER.readTree("""
                            {"3": {"class_type": "KSampler", "inputs": {"seed": 0}},
                             "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512}},
                             "6": {"class_type": "CLIPTextEncode", "inputs": {"text": ""}},
                             "10": {"class_type": "LoadImage", "inputs": {"image": ""}},
                             "11": {"class_type": "LoadImageMask", "inputs": {"image": "", "channel": "alpha"}},
                             "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "p"}}}
                            """),
                    Map.of(
                            "prompt",
                            "6.text",
                            "seed",
                            "3.seed",
                            "width",
                            "5.width",
                            "height",
                            "5.height",
                            "image",
                            "10.image",
                            "mask",
                            "11.image"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
