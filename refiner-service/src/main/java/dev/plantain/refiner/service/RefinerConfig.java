package dev.plantain.refiner.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import org.eclipse.microprofile.config.spi.Converter;

/** The refiner service's {@code plantain.refiner.*} keys. */
@ConfigMapping(prefix = "plantain.refiner")
public interface RefinerConfig {

    /** The refining engine: {@code layout} (the built-in targeted repaint of what failed);
     * {@code instant} (benchmark only: marks the candidate refined at once); {@code openai-images}, {@code gemini},
     * {@code comfyui} (a remote image model editing the failed area, plantain-engines-remote). */
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
}
