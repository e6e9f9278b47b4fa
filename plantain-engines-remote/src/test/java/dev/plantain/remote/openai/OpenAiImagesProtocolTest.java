package dev.plantain.remote.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.plantain.failure.DependencyFailure;
import dev.plantain.plan.Box;
import dev.plantain.remote.ApiKey;
import dev.plantain.remote.FakeModelServer;
import dev.plantain.remote.FakeModelServer.Reply;
import dev.plantain.remote.MaskConvention;
import dev.plantain.remote.PixelSize;
import dev.plantain.remote.RemoteEndpoint;
import dev.plantain.remote.TestImages;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol tests of the OpenAI Images adapter against a loopback server speaking the published format: what is sent
 * (paths, headers, JSON fields, multipart parts, mask polarity) and how each documented answer and error is read.
 * They say nothing about image quality.
 */
class OpenAiImagesProtocolTest {

    private static final String KEY = "sk-test-secret-123";

    private final FakeModelServer server = new FakeModelServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiImages engine(OpenAiImagesSettings settings, long maxPixels, Duration timeout) {
        return new OpenAiImages(
                new RemoteEndpoint("openai-images", server.base("/v1"), "gpt-image-2", ApiKey.of(KEY), timeout, 5),
                settings,
                maxPixels);
    }

    private OpenAiImages engine() {
        return engine(OpenAiImagesSettings.openAi(), 50_000_000, Duration.ofSeconds(10));
    }

    private static Reply b64(BufferedImage image) {
        return Reply.json(200, "{\"created\":1,\"data\":[{\"b64_json\":\"" + TestImages.base64Png(image) + "\"}]}");
    }

    @Test
    void generationsSendsTheDocumentedJsonAndReadsB64Json() {
        server.route("/v1/images/generations", s -> b64(TestImages.scene(1536, 1024)));
        OpenAiImages engine = engine();

        PixelSize size = engine.drawSize(1024, 576);
        BufferedImage image = engine.draw("a red apple", size, 7);

        assertThat(size).isEqualTo(new PixelSize(1536, 1024));
        assertThat(image.getWidth()).isEqualTo(1536);
        FakeModelServer.Seen sent = server.seen().get(0);
        assertThat(sent.method()).isEqualTo("POST");
        assertThat(sent.path()).isEqualTo("/v1/images/generations");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(sent.header("Content-Type")).isEqualTo("application/json");
        assertThat(sent.json().get("model").asText()).isEqualTo("gpt-image-2");
        assertThat(sent.json().get("prompt").asText()).isEqualTo("a red apple");
        assertThat(sent.json().get("size").asText()).isEqualTo("1536x1024");
        assertThat(sent.json().get("n").asInt()).isEqualTo(1);
        assertThat(sent.json().get("output_format").asText()).isEqualTo("png");
        assertThat(sent.json().has("response_format")).isFalse();
    }

    @Test
    void aUrlAnswerIsDownloaded() {
        server.route(
                        "/v1/images/generations",
                        s -> Reply.json(200, "{\"data\":[{\"url\":\"" + server.base("/files/out.png") + "\"}]}"))
                .route("/files/", s -> Reply.bytes("image/png", TestImages.png(TestImages.scene(64, 64))));

        BufferedImage image = engine().draw("a cat", new PixelSize(1024, 1024), 1);

        assertThat(image.getWidth()).isEqualTo(64);
        assertThat(server.seen("/files/out.png")).hasSize(1);
        assertThat(server.seen("/files/out.png").get(0).header("Authorization")).isNull();
    }

    @Test
    void editsSendsMultipartWithAnAlphaZeroMaskForOpenAi() {
        server.route("/v1/images/edits", s -> b64(TestImages.scene(1024, 1024)));
        BufferedImage sent = TestImages.scene(1024, 1024);
        Box area = new Box(100, 200, 300, 400);

        engine().edit(sent, area, "make the apple red", 3);

        FakeModelServer.Seen request = server.seen().get(0);
        assertThat(request.path()).isEqualTo("/v1/images/edits");
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        var parts = request.parts();
        assertThat(parts.keySet()).contains("model", "prompt", "size", "n", "image", "mask");
        assertThat(parts.get("prompt").text()).isEqualTo("make the apple red");
        assertThat(parts.get("size").text()).isEqualTo("1024x1024");
        assertThat(parts.get("image").contentType()).isEqualTo("image/png");
        BufferedImage image = TestImages.read(parts.get("image").content());
        assertThat(image.getRGB(10, 10)).isEqualTo(sent.getRGB(10, 10));
        BufferedImage mask = TestImages.read(parts.get("mask").content());
        assertThat(mask.getWidth()).isEqualTo(1024);
        assertThat(mask.getColorModel().hasAlpha()).isTrue();
        assertThat(mask.getRGB(150, 300) >>> 24)
                .as("inside the area: transparent")
                .isZero();
        assertThat(mask.getRGB(10, 10) >>> 24).as("outside the area: opaque").isEqualTo(255);
        assertThat(mask.getRGB(399, 599) >>> 24).isZero();
        assertThat(mask.getRGB(400, 600) >>> 24).isEqualTo(255);
    }

    @Test
    void localAiInpaintingGetsAWhiteOnBlackMaskAtItsOwnPath() {
        server.route(
                        "/v1/images/inpainting",
                        s -> Reply.json(200, "{\"data\":[{\"url\":\"" + server.base("/generated/x.png") + "\"}]}"))
                .route("/generated/", s -> Reply.bytes("image/png", TestImages.png(TestImages.scene(512, 512))));
        OpenAiImagesSettings localAi = new OpenAiImagesSettings(
                List.of(new PixelSize(512, 512)), "", "/images/inpainting", "image", MaskConvention.WHITE);

        engine(localAi, 50_000_000, Duration.ofSeconds(10))
                .edit(TestImages.scene(512, 512), new Box(0, 0, 256, 512), "add one more balloon", 3);

        var parts = server.seen("/v1/images/inpainting").get(0).parts();
        assertThat(parts).doesNotContainKey("output_format");
        BufferedImage mask = TestImages.read(parts.get("mask").content());
        assertThat(mask.getColorModel().hasAlpha()).isFalse();
        assertThat(mask.getRGB(100, 100) & 0xffffff).as("inside: white").isEqualTo(0xffffff);
        assertThat(mask.getRGB(400, 100) & 0xffffff).as("outside: black").isZero();
    }

    @Test
    void sdServerTakesTheImageAsImageArray() {
        server.route("/v1/images/edits", s -> b64(TestImages.scene(512, 512)));
        OpenAiImagesSettings sd = new OpenAiImagesSettings(
                List.of(new PixelSize(512, 512)), "png", "/images/edits", "image[]", MaskConvention.WHITE);

        engine(sd, 50_000_000, Duration.ofSeconds(10)).edit(TestImages.scene(512, 512), new Box(0, 0, 8, 8), "x", 1);

        assertThat(server.seen().get(0).parts()).containsKey("image[]").doesNotContainKey("image");
    }

    @Test
    void rateLimitIsTransientWithItsRetryAfter() {
        server.route(
                "/v1/images/generations",
                s -> Reply.json(
                        429,
                        "{\"error\":{\"message\":\"Rate limit reached\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}",
                        "Retry-After",
                        "7"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(7));
        assertThat(failure.dependency()).isEqualTo("openai-images");
        assertThat(failure.getMessage()).contains("429").contains("Rate limit reached");
    }

    @Test
    void exhaustedQuotaIsPermanentThoughSentAs429() {
        server.route(
                "/v1/images/generations",
                s -> Reply.json(
                        429,
                        "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\","
                                + "\"code\":\"insufficient_quota\"}}"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("You exceeded your current quota");
    }

    @Test
    void aSafetyRefusalIsPermanentWithTheProvidersReason() {
        server.route(
                "/v1/images/generations",
                s -> Reply.json(
                        400,
                        "{\"error\":{\"message\":\"Your request was rejected by the safety system.\","
                                + "\"type\":\"image_generation_user_error\",\"code\":\"moderation_blocked\"}}"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("moderation_blocked").contains("rejected by the safety system");
    }

    @Test
    void serverErrorsAreTransient() {
        server.route("/v1/images/generations", s -> Reply.json(503, "{\"error\":\"overloaded\"}", "Retry-After", "2"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void aMalformedBodyIsPermanent() {
        server.route("/v1/images/generations", s -> Reply.json(200, "<html>gateway</html>"));

        assertThat(drawFails().isTransient()).isFalse();
    }

    @Test
    void anAnswerWithoutAnImageIsPermanent() {
        server.route("/v1/images/generations", s -> Reply.json(200, "{\"data\":[]}"));

        assertThat(drawFails().getMessage()).contains("no image");
    }

    @Test
    void bytesThatAreNotAnImageArePermanent() {
        String notImage = Base64.getEncoder().encodeToString("hello, not a picture".getBytes());
        server.route(
                "/v1/images/generations", s -> Reply.json(200, "{\"data\":[{\"b64_json\":\"" + notImage + "\"}]}"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("not a whole image");
    }

    @Test
    void aTruncatedImageIsPermanent() {
        byte[] png = TestImages.png(TestImages.noise(200, 200, 1));
        String cut = Base64.getEncoder().encodeToString(Arrays.copyOf(png, png.length / 2));
        server.route("/v1/images/generations", s -> Reply.json(200, "{\"data\":[{\"b64_json\":\"" + cut + "\"}]}"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isFalse();
    }

    @Test
    void anImageOverThePixelLimitIsRefused() {
        server.route("/v1/images/generations", s -> b64(TestImages.scene(100, 100)));

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class,
                () -> engine(OpenAiImagesSettings.openAi(), 5_000, Duration.ofSeconds(10))
                        .draw("x", new PixelSize(1024, 1024), 1));

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).contains("plantain.max-image-pixels");
    }

    @Test
    void noAnswerWithinTheTimeoutIsTransient() {
        server.route("/v1/images/generations", s -> Reply.hang());

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class,
                () -> engine(OpenAiImagesSettings.openAi(), 50_000_000, Duration.ofMillis(300))
                        .draw("x", new PixelSize(1024, 1024), 1));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.getMessage()).contains("no answer within");
    }

    @Test
    void theKeyAppearsInNoFailureMessage() {
        server.route("/v1/images/generations", s -> Reply.json(401, "{\"error\":{\"message\":\"Incorrect API key\"}}"));

        DependencyFailure failure = drawFails();

        assertThat(failure.isTransient()).isFalse();
        assertThat(failure.getMessage()).doesNotContain(KEY);
        assertThat(ApiKey.of(KEY).toString()).doesNotContain(KEY);
    }

    private DependencyFailure drawFails() {
        return catchThrowableOfType(
                DependencyFailure.class, () -> engine().draw("a prompt", new PixelSize(1024, 1024), 1));
    }
}
