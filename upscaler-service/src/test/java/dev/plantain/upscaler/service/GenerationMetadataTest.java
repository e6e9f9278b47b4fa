package dev.plantain.upscaler.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.Samples;
import dev.plantain.messages.UpscaleJob;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The metadata names the engine used, and a fallback's warning when there was one. */
class GenerationMetadataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            value = {"esrgan-slim-x2, NULL", "lanczos3, ESRGAN model missing (x); upscaled with lanczos3 instead"},
            nullValues = "NULL")
    void theEngineAndAnyWarningAreRecorded(String engine, String warning) {
        UpscaleJob job = new UpscaleJob(
                "job-1",
                Samples.request(),
                Samples.plan(),
                Samples.image("c"),
                Samples.report(false),
                Samples.history(),
                Map.of(),
                null);

        Map<String, String> text = GenerationMetadata.of(job, 1, 4096, 2304, engine, warning, "0.1.0");

        assertThat(text).containsEntry("upscaler", engine).containsEntry("Software", "Plantain 0.1.0");
        assertThat(text.get("verification")).startsWith("not verified: 1/2 checks passed");
        assertThat(text.get("parameters")).contains("Upscaler: " + engine).contains("Verified: false");
        if (warning == null) {
            assertThat(text).doesNotContainKey("warning");
        } else {
            assertThat(text).containsEntry("warning", warning);
            assertThat(text.get("Comment")).contains(warning);
        }
    }
}
