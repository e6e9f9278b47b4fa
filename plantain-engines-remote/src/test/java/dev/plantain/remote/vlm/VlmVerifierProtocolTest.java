package dev.plantain.remote.vlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.failure.DependencyFailure;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import dev.plantain.remote.ApiKey;
import dev.plantain.remote.CallBudget;
import dev.plantain.remote.FakeModelServer;
import dev.plantain.remote.FakeModelServer.Reply;
import dev.plantain.remote.RemoteEndpoint;
import dev.plantain.remote.TestImages;
import dev.plantain.remote.TestPlans;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.TextReader;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Protocol tests of the VLM judge against a loopback server speaking OpenAI-compatible chat completions: the request
 * (one question per check, the image as a PNG data URL, logprobs asked), P(yes) read from {@code top_logprobs} in
 * every spelling, the text fallback, parent zeroing, and the pixel checks it keeps. They say nothing about how well
 * any real model judges.
 */
class VlmVerifierProtocolTest {

    private final FakeModelServer server = new FakeModelServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private VlmVerifier verifier(TextReader ocr, int maxCalls) {
        ChatJudge judge = new ChatJudge(
                new RemoteEndpoint(
                        "vlm",
                        server.base("/v1"),
                        "qwen2.5-vl",
                        ApiKey.of("judge-key"),
                        Duration.ofSeconds(10),
                        maxCalls),
                512,
                true);
        return new VlmVerifier(judge, new PlannedCheckQuestions(), 0.5, new CallBudget(maxCalls), ocr);
    }

    /** A server answering each question by a rule on its text, with first-token top_logprobs. */
    private void answer(Function<String, String> topLogprobsByQuestion) {
        server.route("/v1/chat/completions", s -> {
            String question = s.json().at("/messages/0/content/0/text").asText();
            return Reply.json(
                    200,
                    "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"Yes\"},"
                            + "\"logprobs\":{\"content\":[{\"token\":\"Yes\",\"logprob\":-0.1,\"top_logprobs\":"
                            + topLogprobsByQuestion.apply(question) + "}]}}]}");
        });
    }

    private static String top(double yes, double lowerYes, double no) {
        return "[{\"token\":\"Yes\",\"logprob\":" + Math.log(yes) + "},{\"token\":\" yes\",\"logprob\":"
                + Math.log(lowerYes) + "},{\"token\":\"No\",\"logprob\":" + Math.log(no) + "}]";
    }

    private static Map<String, CheckResult> byId(ImageVerifier.Verification v) {
        return v.checks().stream().collect(Collectors.toMap(CheckResult::checkId, c -> c));
    }

    @Test
    void eachCheckIsOneQuestionWithTheImageAsADataUrlAndLogprobsAsked() {
        answer(q -> top(0.7, 0.2, 0.05));
        ScenePlan plan = TestPlans.apples(640, 480);

        verifier(TextReader.unavailable("no OCR in this test"), 50).verify(TestImages.scene(640, 480), plan);

        List<FakeModelServer.Seen> asked = server.seen("/v1/chat/completions");
        assertThat(asked).hasSize(5); // two counts, a colour, a position, a text
        JsonNode body = asked.get(0).json();
        assertThat(asked.get(0).header("Authorization")).isEqualTo("Bearer judge-key");
        assertThat(body.get("model").asText()).isEqualTo("qwen2.5-vl");
        assertThat(body.get("logprobs").asBoolean()).isTrue();
        assertThat(body.get("top_logprobs").asInt()).isEqualTo(5);
        assertThat(body.get("temperature").asInt()).isZero();
        assertThat(body.at("/messages/0/role").asText()).isEqualTo("user");
        assertThat(body.at("/messages/0/content/0/type").asText()).isEqualTo("text");
        assertThat(body.at("/messages/0/content/0/text").asText())
                .isEqualTo("Are there exactly two apples in the image? Please answer yes or no.");
        assertThat(body.at("/messages/0/content/1/type").asText()).isEqualTo("image_url");
        String url = body.at("/messages/0/content/1/image_url/url").asText();
        assertThat(url).startsWith("data:image/png;base64,");
        BufferedImage sent = TestImages.read(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1)));
        assertThat(sent.getWidth()).as("shrunk to the judge's max side").isEqualTo(512);
        List<String> questions = asked.stream()
                .map(s -> s.json().at("/messages/0/content/0/text").asText())
                .toList();
        assertThat(questions)
                .contains(
                        "Is there exactly one plate in the image? Please answer yes or no.",
                        "Are the apples red? Please answer yes or no.",
                        "Are the apples on top of the plate? Please answer yes or no.",
                        "Does the image show the text \"OPEN\", spelled exactly and legibly? Please answer yes or no.");
    }

    @Test
    void pOfYesAddsUpEverySpellingOfYesAndPassesAtTheThreshold() {
        answer(q -> q.contains("red") ? top(0.3, 0.15, 0.5) : top(0.4, 0.2, 0.3));

        Map<String, CheckResult> results = byId(verifier(TextReader.unavailable("none"), 50)
                .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(results.get("count:e1").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(results.get("count:e1").score()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(results.get("count:e1").measured())
                .startsWith("vlm (qwen2.5-vl): asked \"Are there exactly two apples in the image?\", answered \"Yes\"")
                .contains("P(yes)=0.600");
        assertThat(results.get("color:e1").status())
                .as("P(yes) 0.45 is under 0.5")
                .isEqualTo(CheckStatus.FAILED);
    }

    @Test
    void aChildOfAFailedParentFailsUnasked() {
        answer(q -> q.contains("apples in the image") ? top(0.05, 0.05, 0.9) : top(0.9, 0.05, 0.05));

        Map<String, CheckResult> results = byId(verifier(TextReader.unavailable("none"), 50)
                .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(results.get("count:e1").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(results.get("color:e1").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(results.get("color:e1").measured()).contains("its parent count:e1 failed");
        assertThat(results.get("position:e1:on-top-of:e2").status()).isEqualTo(CheckStatus.FAILED);
        assertThat(results.get("count:e2").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(server.seen("/v1/chat/completions")).hasSize(3); // both counts and the text
    }

    @Test
    void withoutLogprobsTheAnswerTextDecides() {
        server.route(
                "/v1/chat/completions",
                s -> Reply.json(
                        200,
                        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\""
                                + (s.json()
                                                .at("/messages/0/content/0/text")
                                                .asText()
                                                .contains("plate")
                                        ? "no."
                                        : "YES")
                                + "\"}}]}"));

        Map<String, CheckResult> results = byId(verifier(TextReader.unavailable("none"), 50)
                .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(results.get("count:e1").status()).isEqualTo(CheckStatus.PASSED);
        assertThat(results.get("count:e1").measured()).contains("read from the text");
        assertThat(results.get("count:e2").status()).isEqualTo(CheckStatus.FAILED);
    }

    @Test
    void anAnswerThatIsNeitherYesNorNoIsNotVerified() {
        server.route(
                "/v1/chat/completions",
                s -> Reply.json(200, "{\"choices\":[{\"message\":{\"content\":\"I cannot tell\"}}]}"));

        Map<String, CheckResult> results = byId(verifier(TextReader.unavailable("none"), 50)
                .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(results.get("count:e1").status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(results.get("count:e1").measured()).contains("\"I cannot tell\"");
    }

    @Test
    void ocrAndTheJudgeBothJudgeTextAndAFailFromEitherFailsIt() {
        answer(q -> top(0.9, 0.05, 0.05));
        TextReader readsClosed =
                (image, region) -> List.of(new TextReader.TextLine("CLOSED", 0.9, new Box(10, 10, 50, 20)));

        Map<String, CheckResult> results =
                byId(verifier(readsClosed, 50).verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        CheckResult text = results.get("text:t1");
        assertThat(text.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(text.measured()).contains("vlm (qwen2.5-vl)").contains("ocr: read 'CLOSED'");
    }

    @Test
    void checksOnThePlansBoxesAreLeftOutAndThePictureCheckIsThePixels() {
        answer(q -> top(0.9, 0.05, 0.05));

        ImageVerifier.Verification v = verifier(TextReader.unavailable("none"), 50)
                .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480));

        assertThat(v.checks())
                .extracting(CheckResult::checkId)
                .containsExactly("image", "count:e1", "color:e1", "count:e2", "position:e1:on-top-of:e2", "text:t1");
        assertThat(byId(v).get("image").measured()).startsWith("pixels: a picture");
        assertThat(byId(v).get("image").passed()).isTrue();
    }

    @Test
    void aBlankImageFailsEveryCheckWithoutAskingTheModel() {
        answer(q -> top(0.9, 0.05, 0.05));

        ImageVerifier.Verification v = verifier(TextReader.unavailable("none"), 50)
                .verify(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), TestPlans.apples(640, 480));

        assertThat(v.checks()).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(CheckStatus.FAILED);
            assertThat(c.measured()).contains("blank");
        });
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void pastTheSpendCapChecksAreNotVerified() {
        answer(q -> top(0.9, 0.05, 0.05));

        Map<String, CheckResult> results = byId(verifier(TextReader.unavailable("none"), 2)
                .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(server.seen()).hasSize(2);
        assertThat(results.get("text:t1").status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(results.get("text:t1").measured()).contains("max-calls-per-job");
    }

    @Test
    void judgeErrorsAreClassified() {
        server.route(
                "/v1/chat/completions",
                s -> Reply.json(429, "{\"error\":{\"message\":\"slow down\"}}", "Retry-After", "3"));

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class,
                () -> verifier(TextReader.unavailable("none"), 50)
                        .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(failure.isTransient()).isTrue();
        assertThat(failure.dependency()).isEqualTo("vlm");
        assertThat(failure.retryAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void aMalformedBodyIsPermanent() {
        server.route("/v1/chat/completions", s -> Reply.json(200, "{\"choices\":[]}"));

        DependencyFailure failure = catchThrowableOfType(
                DependencyFailure.class,
                () -> verifier(TextReader.unavailable("none"), 50)
                        .verify(TestImages.scene(640, 480), TestPlans.apples(640, 480)));

        assertThat(failure.isTransient()).isFalse();
    }
}
