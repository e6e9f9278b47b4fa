package dev.plantain.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.draft.DraftRenderer;
import dev.plantain.refiner.ImageRefiner;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.TextReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote engines built from {@code plantain.<stage>.<engine>.*} keys, talking to the server those keys name. */
class RemoteEnginesConfigTest {

    private final FakeModelServer server = new FakeModelServer();
    private final Map<String, String> config = new HashMap<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private Optional<String> lookup(String key) {
        return Optional.ofNullable(config.get(key));
    }

    @Test
    void theDraftKeysReachTheServer(@TempDir Path dir) throws Exception {
        server.route(
                "/v1/images/generations",
                s -> FakeModelServer.Reply.json(
                        200,
                        "{\"data\":[{\"b64_json\":\"" + TestImages.base64Png(TestImages.scene(512, 512)) + "\"}]}"));
        config.put("plantain.draft.openai-images.base-url", server.base("/v1").toString());
        config.put("plantain.draft.openai-images.model", "sd-turbo");
        config.put(
                "plantain.draft.openai-images.api-key-file",
                Files.writeString(dir.resolve("k"), "sk-file\n").toString());
        config.put("plantain.draft.openai-images.sizes", "512x512");
        config.put("plantain.draft.openai-images.output-format", "none");
        config.put("plantain.draft.openai-images.prompt-mode", "planned");

        DraftRenderer renderer = RemoteEngines.draft("openai-images", this::lookup, 50_000_000);
        renderer.draft(TestPlans.apples(1024, 1024));

        var sent = server.seen().get(0);
        assertThat(sent.header("Authorization")).isEqualTo("Bearer sk-file");
        assertThat(sent.json().get("model").asText()).isEqualTo("sd-turbo");
        assertThat(sent.json().get("size").asText()).isEqualTo("512x512");
        assertThat(sent.json().has("output_format")).isFalse();
        assertThat(sent.json().get("prompt").asText()).startsWith("A picture of 2 red apples");
    }

    @Test
    void theRefinerTakesTheMaskConventionAndEditPath() {
        server.route(
                "/v1/images/inpainting",
                s -> FakeModelServer.Reply.json(
                        200,
                        "{\"data\":[{\"b64_json\":\"" + TestImages.base64Png(TestImages.scene(512, 512)) + "\"}]}"));
        config.put("plantain.refiner.openai-images.base-url", server.base("/v1").toString());
        config.put("plantain.refiner.openai-images.sizes", "512x512");
        config.put("plantain.refiner.openai-images.edit-path", "/images/inpainting");
        config.put("plantain.refiner.openai-images.mask-convention", "white");

        ImageRefiner refiner = RemoteEngines.refiner("openai-images", this::lookup, 50_000_000);
        refiner.refine(
                TestImages.scene(512, 512),
                TestPlans.apples(512, 512),
                dev.plantain.messages.VerificationReport.of(
                        java.util.List.of(new dev.plantain.messages.CheckResult(
                                "color:e1",
                                dev.plantain.plan.CheckKind.COLOR,
                                "e1",
                                dev.plantain.messages.CheckStatus.FAILED,
                                0,
                                "orange",
                                null)),
                        null),
                1);

        var mask = TestImages.read(server.seen().get(0).parts().get("mask").content());
        assertThat(mask.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void theVerifierKeysSetThresholdAndLogprobs() {
        server.route(
                "/v1/chat/completions",
                s -> FakeModelServer.Reply.json(200, "{\"choices\":[{\"message\":{\"content\":\"Yes\"}}]}"));
        config.put("plantain.verifier.vlm.base-url", server.base("/v1").toString());
        config.put("plantain.verifier.vlm.logprobs", "false");
        config.put("plantain.verifier.vlm.timeout", "5s");

        ImageVerifier verifier = RemoteEngines.verifier("vlm", this::lookup, TextReader.unavailable("none"));
        verifier.verify(TestImages.scene(320, 240), TestPlans.apples(320, 240));

        assertThat(server.seen().get(0).json().has("logprobs")).isFalse();
    }

    @Test
    void badValuesNameTheirKey() {
        config.put("plantain.draft.openai-images.timeout", "soon");
        assertThatThrownBy(() -> RemoteEngines.draft("openai-images", this::lookup, 1))
                .hasMessageContaining("plantain.draft.openai-images.timeout is 'soon'");
        assertThatThrownBy(() -> RemoteEngines.draft("dall-e", this::lookup, 1)).hasMessageContaining("allowed");
        assertThatThrownBy(() -> RemoteEngines.draft("comfyui", this::lookup, 1))
                .hasMessageContaining("plantain.draft.comfyui.workflow");
        assertThat(new EngineKeys("draft", "x", k -> Optional.of("PT2M")).duration("timeout", Duration.ZERO))
                .isEqualTo(Duration.ofMinutes(2));
    }
}
