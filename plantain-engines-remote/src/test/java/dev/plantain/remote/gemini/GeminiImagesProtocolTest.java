package dev.plantain.remote.gemini;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.plan.Box;
import dev.plantain.remote.ApiKey;
import dev.plantain.remote.FakeModelServer;
import dev.plantain.remote.FakeModelServer.Reply;
import dev.plantain.remote.PixelSize;
import dev.plantain.remote.RemoteEndpoint;
import dev.plantain.remote.TestImages;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol tests of the Gemini adapter against a loopback server speaking {@code generateContent}'s published
 * format: the request's path, key header, parts and {@code imageConfig}, and every documented answer (image among
 * text parts, no image part, blocked prompt, safety stop, errors). They say nothing about image quality.
 */
class GeminiImagesProtocolTest {

    private static final String KEY = "AIza-test-key";
    private static final String PATH = "/v1beta/models/gemini-3-pro-image-preview:generateContent";

    private final FakeModelServer server = new FakeModelServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private GeminiImages engine(Duration timeout) {
        return new GeminiImages(
                new RemoteEndpoint(
                        "gemini", server.base("/v1beta"), "gemini-3-pro-image-preview", ApiKey.of(KEY), timeout, 5),
                true,
                50_000_000);
    }

    private static Reply image(BufferedImage image) {
        return Reply.json(
                200,
                "{\"candidates\":[{\"content\":{\"role\":\"model\",\"parts\":[{\"text\":\"Here it is.\"},"
                        + "{\"inlineData\":{\"mimeType\":\"image/png\",\"data\":\"" + TestImages.base64Png(image)
                        + "\"}}]},\"finishReason\":\"STOP\"}],\"usageMetadata\":{\"totalTokenCount\":1300}}");
    }

    @Test
    void drawingSendsTextWithImageConfigAndTakesTheInlineImage() {
        server.route(PATH, s -> image(TestImages.scene(1344, 768)));
        GeminiImages engine = engine(Duration.ofSeconds(10));

        PixelSize size = engine.drawSize(1024, 576);
        BufferedImage answer = engine.draw("a lighthouse at dusk", size, 42);

        assertThat(size).isEqualTo(new PixelSize(1344, 768));
        assertThat(answer.getWidth()).isEqualTo(1344);
        FakeModelServer.Seen sent = server.seen().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo(PATH);
        assertThat(sent.header("x-goog-api-key")).isEqualTo(KEY);
        assertThat(sent.header("Authorization")).isNull();
        JsonNode body = sent.json();
        assertThat(body.at("/contents/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/contents/0/parts/0/text").asText()).isEqualTo("a lighthouse at dusk");
        assertThat(body.at("/generationConfig/responseModalities").toString()).isEqualTo("[\"TEXT\",\"IMAGE\"]");
        assertThat(body.at("/generationConfig/imageConfig/aspectRatio").asText())
                .isEqualTo("16:9");
        assertThat(body.at("/generationConfig/imageConfig/imageSize").asText()).isEqualTo("1K");
    }

    @Test
    void twoKCanvasesAskForTwoK() {
        server.route(PATH, s -> image(TestImages.scene(64, 64)));
        GeminiImages engine = engine(Duration.ofSeconds(10));

        engine.draw("x", engine.drawSize(2048, 2048), 1);

        assertThat(server.seen()
                        .get(0)
                        .json()
                        .at("/generationConfig/imageConfig/imageSize")
                        .asText())
                .isEqualTo("2K");
        assertThat(server.seen()
                        .get(0)
                        .json()
                        .at("/generationConfig/imageConfig/aspectRatio")
                        .asText())
                .isEqualTo("1:1");
    }

    @Test
    void editingSendsTheImageAsInlineData() {
        server.route(PATH, s -> image(TestImages.scene(1024, 1024)));
        BufferedImage crop = TestImages.scene(1024, 1024);

        engine(Duration.ofSeconds(10)).edit(crop, new Box(0, 0, 10, 10), "make the apple red.", 3);

        JsonNode parts = server.seen().get(0).json().at("/contents/0/parts");
        assertThat(parts.get(0).get("text").asText()).contains("make the apple red.");
        assertThat(parts.get(1).at("/inlineData/mimeType").asText()).isEqualTo("image/png");
        BufferedImage sent = TestImages.read(
                Base64.getDecoder().decode(parts.get(1).at("/inlineData/data").asText()));
        assertThat(sent.getWidth()).isEqualTo(1024);
        assertThat(sent.getRGB(300, 400)).isEqualTo(crop.getRGB(300, 400));
    }

    @Test
    void noImagePartIsAnErrorWithTheModelsText() {
        server.route(
                PATH,
                s -> Reply.json(
                        200,
                        "{\"candidates\":[{\"content\":{\"parts\":[{\"text\":\"I can only describe it.\"}]},"
                                + "\"finishReason\":\"STOP\"}]}"));

        DependencyFailure failure = fails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("no image part").contains("I can only describe it.");
    }

    @Test
    void aSafetyStopIsPermanentWithItsReason() {
        server.route(
                PATH,
                s -> Reply.json(
                        200,
                        "{\"candidates\":[{\"content\":{\"parts\":[]},\"finishReason\":\"IMAGE_SAFETY\","
                                + "\"finishMessage\":\"The image may violate the policy.\"}]}"));

        DependencyFailure failure = fails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("IMAGE_SAFETY").contains("may violate the policy");
    }

    @Test
    void aBlockedPromptIsPermanent() {
        server.route(PATH, s -> Reply.json(200, "{\"promptFeedback\":{\"blockReason\":\"SAFETY\"}}"));

        assertThat(fails().getMessage()).contains("blocked the prompt: SAFETY");
    }

    @Test
    void resourceExhaustedIsTransientWithRetryAfter() {
        server.route(
                PATH,
                s -> Reply.json(
                        429,
                        "{\"error\":{\"code\":429,\"message\":\"Resource has been exhausted\",\"status\":\"RESOURCE_EXHAUSTED\"}}",
                        "Retry-After",
                        "30"));

        DependencyFailure failure = fails();

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
        assertThat(failure.getMessage()).contains("Resource has been exhausted");
    }

    @Test
    void aBadRequestIsPermanent() {
        server.route(
                PATH,
                s -> Reply.json(
                        400,
                        "{\"error\":{\"code\":400,\"message\":\"imageSize is not supported\",\"status\":\"INVALID_ARGUMENT\"}}"));

        DependencyFailure failure = fails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("INVALID_ARGUMENT").contains("imageSize is not supported");
    }

    @Test
    void aMalformedBodyIsPermanent() {
        server.route(PATH, s -> Reply.json(200, "{\"candidates\": [ {"));

        assertThat(fails().isTransient()).isFalse();
    }

    @Test
    void noAnswerWithinTheTimeoutIsTransient() {
        server.route(PATH, s -> Reply.hang());

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class, () -> engine(Duration.ofMillis(300)).draw("x", new PixelSize(1024, 1024), 1));

        assertThat(failure.isTransient()).isTrue();
    }

    private DependencyFailure fails() {
        return catchThrowableOfType(
                DependencyFailure.class, () -> engine(Duration.ofSeconds(10)).draw("x", new PixelSize(1024, 1024), 1));
    }
}
