package dev.plantain.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.verifier.TextReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifierEngineTest {

    static Stream<Arguments> unreadable() {
        return Stream.of(
                Arguments.of(false, Optional.empty(), "OCR disabled (plantain.verifier.ocr.enabled=false)"),
                Arguments.of(true, Optional.of(Path.of("/nonexistent/ppocr")), "OCR model files missing"));
    }

    @ParameterizedTest(name = "enabled={0} dir={1}")
    @MethodSource("unreadable")
    void withoutModelsTextChecksAreNotVerifiedAndSayWhy(boolean enabled, Optional<Path> dir, String why)
            throws Exception {
        VerifierEngine engine = new VerifierEngine();
        VerifierConfig config = config(enabled, dir);
        try (TextReader reader = engine.textReader(config)) {
            List<CheckResult> checks = engine.verifier(config, reader, null)
                    .verify(blankWithPlate(), plan())
                    .checks();

            CheckResult text = checks.stream()
                    .filter(c -> c.kind() == CheckKind.TEXT)
                    .findFirst()
                    .orElseThrow();
            assertThat(text.status()).isNotEqualTo(CheckStatus.PASSED);
            assertThat(reader.unavailable()).get().asString().contains(why);
        }
    }

    @Test
    void thePackagedModelsLoadAndClose() throws Exception {
        VerifierEngine engine = new VerifierEngine();
        TextReader reader = engine.textReader(config(true, Optional.empty()));
        assertThat(reader.unavailable()).isEmpty();
        engine.close(reader);
    }

    private static ScenePlan plan() {
        TextSpec sign = new TextSpec("t1", "OPEN", "sign", new Box(100, 100, 200, 60));
        return ScenePlan.builder("a sign that says \"OPEN\"", 400, 300)
                .seed(1)
                .background("white")
                .texts(List.of(sign))
                .checks(List.of(new Check("text:t1", CheckKind.TEXT, "t1", null, "OPEN")))
                .build();
    }

    private static BufferedImage blankWithPlate() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 100; y < 160; y++) {
            for (int x = 100; x < 300; x++) {
                image.setRGB(x, y, 0xF7F3E3);
            }
        }
        return image;
    }

    private static VerifierConfig config(boolean enabled, Optional<Path> dir) {
        return new VerifierConfig() {
            @Override
            public Engine engine() {
                return Engine.PIXELS;
            }

            @Override
            public boolean overlay() {
                return false;
            }

            @Override
            public java.util.Map<String, String> vlm() {
                return java.util.Map.of();
            }

            @Override
            public Ocr ocr() {
                return new Ocr() {
                    @Override
                    public boolean enabled() {
                        return enabled;
                    }

                    @Override
                    public Optional<Path> modelDir() {
                        return dir;
                    }
                };
            }
        };
    }
}
