package dev.plantain.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextJudgeTest {

    private static final Box SIGN = new Box(560, 80, 400, 110);

    static Stream<Arguments> readings() {
        return Stream.of(
                Arguments.of(
                        List.of("PLANTAIN"),
                        "PLANTAIN",
                        CheckStatus.PASSED,
                        "read 'PLANTAIN' (distance 0.00), expected 'PLANTAIN'"),
                Arguments.of(
                        List.of("Fresh", "apples"),
                        "Fresh apples",
                        CheckStatus.PASSED,
                        "read 'Fresh apples' (distance 0.00), expected 'Fresh apples'"),
                Arguments.of(
                        List.of("open"), "OPEN", CheckStatus.PASSED, "read 'open' (distance 0.00), expected 'OPEN'"),
                Arguments.of(
                        List.of("PLANTIAN"),
                        "PLANTAIN",
                        CheckStatus.FAILED,
                        "read 'PLANTIAN' (distance 0.25), expected 'PLANTAIN'"),
                Arguments.of(
                        List.of("PLANTAN"),
                        "PLANTAIN",
                        CheckStatus.FAILED,
                        "read 'PLANTAN' (distance 0.13), expected 'PLANTAIN'"),
                Arguments.of(List.of(), "OPEN", CheckStatus.FAILED, "read no text, expected 'OPEN'"),
                Arguments.of(
                        List.of("WELCOME TO THE GARDEM"),
                        "WELCOME TO THE GARDEN",
                        CheckStatus.PASSED,
                        "read 'WELCOME TO THE GARDEM' (distance 0.06), expected 'WELCOME TO THE GARDEN'"),
                Arguments.of(
                        List.of("WELCOME TO THE GARDNE"),
                        "WELCOME TO THE GARDEN",
                        CheckStatus.FAILED,
                        "read 'WELCOME TO THE GARDNE' (distance 0.11), expected 'WELCOME TO THE GARDEN'"));
    }

    @ParameterizedTest(name = "read {0}, expected {1}")
    @MethodSource("readings")
    void theTextReadIsComparedByNormalizedEditDistance(
            List<String> read, String expected, CheckStatus status, String measured) {
        TextReader reader = (image, region) -> read.stream()
                .map(t -> new TextReader.TextLine(t, 0.9, new Box(600, 100, 300, 60)))
                .toList();

        CheckResult result = judge(reader, expected);

        assertThat(result.status()).isEqualTo(status);
        assertThat(result.measured()).isEqualTo(measured);
    }

    @ParameterizedTest
    @CsvSource({"OCR model files missing: /m/det.onnx", "OCR disabled"})
    void aReaderThatCannotReadLeavesTheCheckNotVerifiedAndSaysWhy(String why) {
        CheckResult result = judge(TextReader.unavailable(why), "OPEN");

        assertThat(result.status()).isEqualTo(CheckStatus.NOT_VERIFIED);
        assertThat(result.measured()).isEqualTo("text not read: " + why);
        assertThat(result.region()).isEqualTo(SIGN);
    }

    @ParameterizedTest
    @CsvSource({"PLANTAIN,PLANTAIN,0", "PLANTAIN,plan tain,0", "OPEN,OPFN,0.25", "ABC,'',1", "'','',0"})
    void editDistanceIgnoresCaseAndSpaces(String a, String b, double expected) {
        assertThat(EditDistance.normalized(a, b)).isEqualTo(expected);
    }

    private static CheckResult judge(TextReader reader, String expected) {
        ScenePlan plan = Scenes.plan(List.of(), List.of(new TextSpec("t1", expected, "sign", SIGN)));
        BufferedImage image = new BufferedImage(Scenes.WIDTH, Scenes.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Scene scene = new Scene(plan, java.util.Map.of(), null, image);
        return new TextJudge(reader)
                .judge(
                        plan.checks().stream()
                                .filter(c -> c.id().equals("text:t1"))
                                .findFirst()
                                .orElseThrow(),
                        scene);
    }
}
