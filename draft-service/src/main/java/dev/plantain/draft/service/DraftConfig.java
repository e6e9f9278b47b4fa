package dev.plantain.draft.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Map;
import org.eclipse.microprofile.config.spi.Converter;

/** The draft service's {@code plantain.draft.*} keys. */
@ConfigMapping(prefix = "plantain.draft")
public interface DraftConfig {

    /** The drafting engine: {@code compose} (the built-in vector compositor of emoji art);
     * {@code instant} (benchmark only: a blank canvas at once); {@code openai-images}, {@code gemini},
     * {@code comfyui} (a remote image model, plantain-engines-remote). */
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
}
