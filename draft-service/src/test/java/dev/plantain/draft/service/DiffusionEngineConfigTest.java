package dev.plantain.draft.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plantain.diffusion.DiffusionRenderer;
import dev.plantain.diffusion.FixtureExport;
import dev.plantain.draft.DraftRenderer;
import dev.plantain.messages.Samples;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plantain.draft.engine=diffusion} as the service reads it, here from environment variables. */
class DiffusionEngineConfigTest {

    @TempDir
    Path dir;

    private static DraftConfig fromEnvironment(Map<String, String> variables) {
        return new SmallRyeConfigBuilder()
                .withMapping(DraftConfig.class)
                .withSources(new EnvConfigSource(variables, 300) {})
                .build()
                .getConfigMapping(DraftConfig.class);
    }

    @Test
    void theEnvironmentNamesAFixtureExportAndTheStageDrawsWithItTellingEachStep() throws Exception {
        FixtureExport.write(dir);
        DraftConfig config = fromEnvironment(Map.of(
                "PLANTAIN_DRAFT_ENGINE", "diffusion",
                "PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR", dir.toString(),
                "PLANTAIN_DRAFT_DIFFUSION_STEPS", "3",
                "PLANTAIN_DRAFT_DIFFUSION_SCHEDULER", "ddim"));
        DraftEngine engines = new DraftEngine();
        DraftRenderer renderer = engines.renderer(config, null, null);
        try {
            List<String> steps = new ArrayList<>();
            DraftRenderer.Draft draft = renderer.draft(Samples.plan(), (done, total) -> steps.add(done + "/" + total));

            assertThat(renderer).isInstanceOf(DiffusionRenderer.class);
            assertThat(config.diffusion().guidance()).isEqualTo(7.5);
            assertThat(steps).containsExactly("1/3", "2/3", "3/3");
            assertThat(draft.drawn().width()).isEqualTo(draft.image().getWidth());
        } finally {
            engines.close(renderer);
        }
    }

    @Test
    void withoutAModelDirectoryTheServiceDoesNotStartAndSaysWhichKeyToSet() {
        DraftConfig config = fromEnvironment(Map.of("PLANTAIN_DRAFT_ENGINE", "diffusion"));

        assertThatThrownBy(() -> new DraftEngine().renderer(config, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "plantain.draft.diffusion.model-dir (PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR) is not set");
    }

    @Test
    void aDirectoryThatIsNotAnExportIsRefusedWithWhatItHolds() {
        DraftConfig config = fromEnvironment(
                Map.of("PLANTAIN_DRAFT_ENGINE", "diffusion", "PLANTAIN_DRAFT_DIFFUSION_MODEL_DIR", dir.toString()));

        assertThatThrownBy(() -> new DraftEngine().renderer(config, null, null))
                .hasMessageContaining("is not a Stable Diffusion export in Optimum's ONNX layout")
                .hasMessageContaining("missing tokenizer/vocab.json")
                .hasMessageContaining("found nothing (the directory is empty)");
    }

    @Test
    void theEngineNameIsAmongTheAllowedOnes() {
        assertThatThrownBy(() -> fromEnvironment(Map.of("PLANTAIN_DRAFT_ENGINE", "stable-diffusion")))
                .hasStackTraceContaining("allowed: compose, diffusion, instant");
    }
}
