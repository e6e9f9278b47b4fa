package dev.plantain.refiner.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.Converter;

/** The refiner service's {@code plantain.refiner.*} keys. */
@ConfigMapping(prefix = "plantain.refiner")
public interface RefinerConfig {

    /** The refining engine: {@code layout} (the built-in targeted repaint of what failed);
     * {@code instant} (benchmark only: marks the candidate refined at once); {@code openai-images}, {@code gemini},
     * {@code comfyui} (a remote image model editing the failed area, plantain-engines-remote); {@code diffusion} (a
     * Stable Diffusion export inpainting in-process, plantain-diffusion). */
    @WithDefault("layout")
    @WithConverter(Engine.Names.class)
    Engine engine();

    /** {@code plantain.refiner.openai-images.*}: the OpenAI Images engine's keys (plantain-engines-remote's README). */
    @WithName("openai-images")
    Map<String, String> openaiImages();

    /** {@code plantain.refiner.gemini.*}: the Gemini engine's keys (plantain-engines-remote's README). */
    Map<String, String> gemini();

    /** {@code plantain.refiner.comfyui.*}: the ComfyUI engine's keys (plantain-engines-remote's README). */
    Map<String, String> comfyui();

    /** The engines of this stage, as {@code plantain.refiner.engine} names them (lower case, hyphenated). */
    enum Engine {
        /** {@code layout}: the built-in targeted repaint of what failed. */
        LAYOUT,
        /** {@code diffusion}: inpainting with a Stable Diffusion export (ONNX) in-process on the CPU or GPU. */
        DIFFUSION,
        /** {@code instant}: benchmark only: marks the candidate refined at once. */
        INSTANT,
        /** {@code openai-images}: the OpenAI Images API's edits and the servers that copy it. */
        OPENAI_IMAGES,
        /** {@code gemini}: Gemini API image models, editing by instruction. */
        GEMINI,
        /** {@code comfyui}: a ComfyUI server running the team's inpainting workflow. */
        COMFYUI;

        /** Reads the key, refusing an unknown engine with the allowed names. */
        public static final class Names implements Converter<Engine> {
            @Override
            public Engine convert(String value) {
                return EngineNames.parse(Engine.class, "plantain.refiner.engine", value);
            }
        }
    }

    /** The {@code diffusion} engine's keys, {@code plantain.refiner.diffusion.*} (plantain-diffusion's README). */
    Diffusion diffusion();

    /** The keys of the {@code diffusion} engine: a Stable Diffusion export in Optimum's ONNX layout, run in-process. */
    interface Diffusion {

        /** The export directory (with {@code vae_encoder/}: inpainting needs it); required with the {@code diffusion} engine, checked at start-up. */
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
