package dev.plantain.draft.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.Converter;

/** The draft service's {@code plantain.draft.*} keys. */
@ConfigMapping(prefix = "plantain.draft")
public interface DraftConfig {

    /** The drafting engine: {@code compose} (the built-in vector compositor of emoji art);
     * {@code instant} (benchmark only: a blank canvas at once); {@code openai-images}, {@code gemini},
     * {@code comfyui} (a remote image model, plantain-engines-remote); {@code diffusion} (a Stable Diffusion export run
     * in-process, plantain-diffusion). */
    @WithDefault("compose")
    @WithConverter(Engine.Names.class)
    Engine engine();

    /** {@code plantain.draft.openai-images.*}: the OpenAI Images engine's keys (plantain-engines-remote's README). */
    @WithName("openai-images")
    Map<String, String> openaiImages();

    /** {@code plantain.draft.gemini.*}: the Gemini engine's keys (plantain-engines-remote's README). */
    Map<String, String> gemini();

    /** {@code plantain.draft.comfyui.*}: the ComfyUI engine's keys (plantain-engines-remote's README). */
    Map<String, String> comfyui();

    /** The engines of this stage, as {@code plantain.draft.engine} names them (lower case, hyphenated). */
    enum Engine {
        /** {@code compose}: the built-in vector compositor of emoji art. */
        COMPOSE,
        /** {@code diffusion}: a Stable Diffusion export (ONNX) run in-process on the stage's CPU or GPU. */
        DIFFUSION,
        /** {@code instant}: benchmark only: a blank canvas at once. */
        INSTANT,
        /** {@code openai-images}: the OpenAI Images API and the servers that copy it. */
        OPENAI_IMAGES,
        /** {@code gemini}: Gemini API image models. */
        GEMINI,
        /** {@code comfyui}: a ComfyUI server running the team's workflow. */
        COMFYUI;

        /** Reads the key, refusing an unknown engine with the allowed names. */
        public static final class Names implements Converter<Engine> {
            @Override
            public Engine convert(String value) {
                return EngineNames.parse(Engine.class, "plantain.draft.engine", value);
            }
        }
    }

    /** The {@code diffusion} engine's keys, {@code plantain.draft.diffusion.*} (plantain-diffusion's README). */
    Diffusion diffusion();

    /** The keys of the {@code diffusion} engine: a Stable Diffusion export in Optimum's ONNX layout, run in-process. */
    interface Diffusion {

        /** The export directory; required with the {@code diffusion} engine, checked at start-up. */
        Optional<Path> modelDir();

        /** {@code cpu}, {@code gpu} or {@code gpu:N} (the GPU needs ONNX Runtime's GPU build). */
        @WithDefault("cpu")
        String device();

        /** Scheduler steps: 20 to 50 for SD 1.5/2.x and SDXL, 1 to 4 for turbo models, 2 to 8 for LCM. */
        @WithDefault("20")
        int steps();

        /** Classifier-free guidance scale (7.5 typical); 0 or 1 turns it off, as turbo models want. */
        @WithDefault("7.5")
        double guidance();

        /** {@code auto} (the export's own), {@code euler-ancestral}, {@code euler}, {@code ddim} or {@code lcm}. */
        @WithDefault("auto")
        String scheduler();

        /** Steered away from on every image, besides the plan's excluded concepts. */
        Optional<String> negativePrompt();
    }
}
