package dev.plantain.remote.comfyui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.messages.Json;
import dev.plantain.plan.Box;
import dev.plantain.remote.ApiKey;
import dev.plantain.remote.FakeModelServer;
import dev.plantain.remote.FakeModelServer.Reply;
import dev.plantain.remote.PixelSize;
import dev.plantain.remote.RemoteEndpoint;
import dev.plantain.remote.TestImages;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol tests of the ComfyUI adapter against a loopback server speaking ComfyUI's HTTP API: uploads, the patched
 * API-format workflow queued with {@code /prompt}, {@code /history} polled to completion, {@code /view} downloaded,
 * and the documented errors. They say nothing about image quality.
 */
class ComfyUiImagesProtocolTest {

    static final String WORKFLOW = """
            {"3": {"class_type": "KSampler", "inputs": {"seed": 0, "steps": 20, "model": ["4", 0],
                   "positive": ["6", 0], "latent_image": ["5", 0]}},
             "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sd_xl_base_1.0.safetensors"}},
             "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 512, "height": 512, "batch_size": 1}},
             "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "", "clip": ["4", 1]}},
             "10": {"class_type": "LoadImage", "inputs": {"image": "example.png"}},
             "11": {"class_type": "LoadImageMask", "inputs": {"image": "example.png", "channel": "alpha"}},
             "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "plantain", "images": ["8", 0]}}}
            """;
    static final Map<String, String> POINTS = Map.of(
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
            "11.image");

    private final FakeModelServer server = new FakeModelServer();
    private final AtomicInteger polls = new AtomicInteger();

    @AfterEach
    void stop() {
        server.close();
    }

    static ComfyWorkflow workflow() {
        try {
            return ComfyWorkflow.of(Json.MAPPER.readTree(WORKFLOW), POINTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ComfyUiImages engine(Duration timeout) {
        return new ComfyUiImages(
                new RemoteEndpoint("comfyui", server.base(""), "", ApiKey.none(), timeout, 5),
                workflow(),
                new ComfySettings(Duration.ofMillis(10), 1024, ""),
                50_000_000);
    }

    /** A server that finishes each prompt on the second look at its history. */
    private void serve(BufferedImage output) {
        server.route(
                        "/upload/image",
                        s -> Reply.json(
                                200,
                                "{\"name\":\"" + s.parts().get("image").filename() + "\",\"subfolder\":\"plantain\","
                                        + "\"type\":\"input\"}"))
                .route("/prompt", s -> Reply.json(200, "{\"prompt_id\":\"p-1\",\"number\":0,\"node_errors\":{}}"))
                .route(
                        "/history/p-1",
                        s -> polls.incrementAndGet() < 2
                                ? Reply.json(200, "{}")
                                : Reply.json(
                                        200,
                                        "{\"p-1\":{\"status\":{\"status_str\":\"success\",\"completed\":true},"
                                                + "\"outputs\":{\"9\":{\"images\":[{\"filename\":\"plantain_00001_.png\","
                                                + "\"subfolder\":\"\",\"type\":\"output\"}]}}}}"))
                .route("/view", s -> Reply.bytes("image/png", TestImages.png(output)));
    }

    @Test
    void drawingQueuesThePatchedWorkflowPollsHistoryAndDownloadsTheOutput() {
        serve(TestImages.scene(1024, 576));
        ComfyUiImages engine = engine(Duration.ofSeconds(10));

        PixelSize size = engine.drawSize(2048, 1152);
        BufferedImage image = engine.draw("a red apple", size, 99);

        assertThat(size).isEqualTo(new PixelSize(1024, 576));
        assertThat(image.getWidth()).isEqualTo(1024);
        JsonNode queued = server.seen("/prompt").get(0).json();
        assertThat(queued.path("client_id").asText()).isNotBlank();
        JsonNode graph = queued.get("prompt");
        assertThat(graph.at("/6/inputs/text").asText()).isEqualTo("a red apple");
        assertThat(graph.at("/3/inputs/seed").asLong()).isEqualTo(99);
        assertThat(graph.at("/5/inputs/width").asInt()).isEqualTo(1024);
        assertThat(graph.at("/5/inputs/height").asInt()).isEqualTo(576);
        assertThat(graph.at("/3/inputs/steps").asInt())
                .as("the rest of the workflow as given")
                .isEqualTo(20);
        assertThat(server.seen("/history/p-1")).hasSize(2);
        FakeModelServer.Seen view = server.seen("/view").get(0);
        assertThat(view.query()).isEqualTo("filename=plantain_00001_.png&subfolder=&type=output");
    }

    @Test
    void editingUploadsTheImageAndATransparentAreaMaskAndPatchesTheirNames() {
        serve(TestImages.scene(512, 512));
        BufferedImage crop = TestImages.scene(512, 512);

        engine(Duration.ofSeconds(10)).edit(crop, new Box(100, 100, 200, 100), "make the apple red", 5);

        var uploads = server.seen("/upload/image");
        assertThat(uploads).hasSize(2);
        var image = uploads.get(0).parts();
        assertThat(image.get("type").text()).isEqualTo("input");
        assertThat(image.get("overwrite").text()).isEqualTo("true");
        assertThat(TestImages.read(image.get("image").content()).getRGB(5, 5)).isEqualTo(crop.getRGB(5, 5));
        BufferedImage mask = TestImages.read(uploads.get(1).parts().get("image").content());
        assertThat(mask.getRGB(150, 150) >>> 24).as("to repaint: transparent").isZero();
        assertThat(mask.getRGB(10, 10) >>> 24).as("to keep: opaque").isEqualTo(255);
        JsonNode graph = server.seen("/prompt").get(0).json().get("prompt");
        assertThat(graph.at("/10/inputs/image").asText()).isEqualTo("plantain/plantain-image.png");
        assertThat(graph.at("/11/inputs/image").asText()).isEqualTo("plantain/plantain-mask.png");
        assertThat(graph.at("/6/inputs/text").asText()).isEqualTo("make the apple red");
    }

    @Test
    void aWorkflowErrorInHistoryIsPermanent() {
        server.route("/prompt", s -> Reply.json(200, "{\"prompt_id\":\"p-2\"}"))
                .route(
                        "/history/p-2",
                        s -> Reply.json(
                                200,
                                "{\"p-2\":{\"status\":{\"status_str\":\"error\",\"completed\":false,\"messages\":"
                                        + "[[\"execution_error\",{\"exception_message\":\"CUDA out of memory\"}]]},\"outputs\":{}}}"));

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class, () -> engine(Duration.ofSeconds(10)).draw("x", new PixelSize(512, 512), 1));

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("CUDA out of memory");
    }

    @Test
    void aRefusedPromptIsPermanentWithComfysReason() {
        server.route(
                "/prompt",
                s -> Reply.json(
                        400,
                        "{\"error\":{\"type\":\"prompt_outputs_failed_validation\",\"message\":\"Prompt outputs failed"
                                + " validation\",\"details\":\"\"},\"node_errors\":{}}"));

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class, () -> engine(Duration.ofSeconds(10)).draw("x", new PixelSize(512, 512), 1));

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("prompt_outputs_failed_validation");
    }

    @Test
    void aRunThatNeverFinishesIsTransient() {
        server.route("/prompt", s -> Reply.json(200, "{\"prompt_id\":\"p-3\"}"))
                .route("/history/p-3", s -> Reply.json(200, "{}"));

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class, () -> engine(Duration.ofMillis(200)).draw("x", new PixelSize(512, 512), 1));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage()).contains("did not finish");
    }

    @Test
    void aPatchPointThatIsNotInTheWorkflowStopsStartUp() {
        assertThatThrownBy(() -> ComfyWorkflow.of(Json.MAPPER.readTree(WORKFLOW), Map.of("prompt", "7.text")))
                .hasMessageContaining("no input 'text' on node 7");
        assertThatThrownBy(() -> workflow().requiring(java.util.List.of("prompt", "colour")))
                .hasMessageContaining("'colour'");
    }
}
