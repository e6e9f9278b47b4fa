package dev.plantain.upscaler.esrgan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.image.ImageTooLargeException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The configured engine is built, falls back with a warning when its weights are missing, and obeys the limit. */
class UpscalerChoiceTest {

    @TempDir
    Path empty;

    @ParameterizedTest(name = "{0} {1} x{2} -> {3}")
    @CsvSource({
        "esrgan, slim, 2, esrgan-slim-x2",
        "esrgan, slim, 4, esrgan-slim-x4",
        "esrgan, psnr-small, 2, esrgan-psnr-small-x2",
        "lanczos3, slim, 2, lanczos3"
    })
    void buildsTheConfiguredEngine(String engine, String model, int scale, String name) {
        UpscalerSettings settings = new UpscalerSettings(engine, model, "cpu", 64, Optional.empty());
        try (UpscalerChoice choice = UpscalerChoice.of(settings, scale)) {
            assertThat(choice.upscaler().name()).isEqualTo(name);
            assertThat(choice.warning()).isNull();
            BufferedImage out = new Upscaling(choice, 1_000_000)
                    .upscale(Fixtures.texture(40, 30, 1), 40 * scale, 30 * scale)
                    .image();
            assertThat(out.getWidth()).isEqualTo(40 * scale);
            assertThat(out.getHeight()).isEqualTo(30 * scale);
        }
    }

    @ParameterizedTest(name = "missing {0} x{1}")
    @CsvSource({"slim, 2, true", "thick, 4, false"})
    void missingWeightsFallBackToLanczosWithAWarning(String model, int scale, boolean fromDirectory) {
        UpscalerSettings settings =
                new UpscalerSettings("esrgan", model, "cpu", 64, fromDirectory ? Optional.of(empty) : Optional.empty());
        try (UpscalerChoice choice = UpscalerChoice.of(settings, scale)) {
            assertThat(choice.upscaler().name()).isEqualTo("lanczos3");
            assertThat(choice.warning()).startsWith("ESRGAN model missing").contains("lanczos3");
            Upscaling.Outcome outcome = new Upscaling(choice, 1_000_000).upscale(Fixtures.texture(20, 10, 2), 40, 20);
            assertThat(outcome.warning()).isEqualTo(choice.warning());
        }
    }

    @Test
    void aNonIntegerTargetIsReachedExactly() {
        try (UpscalerChoice choice =
                UpscalerChoice.of(new UpscalerSettings("esrgan", "slim", "cpu", 64, Optional.empty()), 2)) {
            BufferedImage out = choice.upscaler().upscale(Fixtures.texture(33, 21, 3), 75, 50);
            assertThat(out.getWidth()).isEqualTo(75);
            assertThat(out.getHeight()).isEqualTo(50);
        }
    }

    @Test
    void anOutputOverThePixelLimitIsRefusedBeforeAnyWork() {
        try (UpscalerChoice choice =
                UpscalerChoice.of(new UpscalerSettings("lanczos3", "slim", "cpu", 64, Optional.empty()), 2)) {
            assertThatThrownBy(() -> new Upscaling(choice, 5000).upscale(Fixtures.texture(50, 50, 4), 100, 100))
                    .isInstanceOf(ImageTooLargeException.class)
                    .hasMessageContaining("over the limit of 5000 pixels");
        }
    }
}
