package dev.plantain.planner.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.Converter;

/** The planner service's {@code plantain.planner.*} keys. */
@ConfigMapping(prefix = "plantain.planner")
public interface PlannerConfig {

    /** The planning engine: {@code rules} (the built-in parser and layout solver) or {@code llm} (a language
     * model); {@code instant} (benchmark only: a fixed one-entity plan at once). */
    @WithDefault("rules")
    @WithConverter(Engine.Names.class)
    Engine engine();

    /** The {@code plantain.planner.llm.*} keys, read when the engine is {@code llm}. */
    Llm llm();

    /**
     * An OpenAI-compatible chat-completions endpoint, the dependency {@code llm}: while it is away or busy the stage
     * waits ({@code plantain.outage.llm.max-wait}); the built-in planner plans only when its answer is unusable.
     */
    interface Llm {

        /** The API's base URL up to and including {@code /v1}; requests go to {@code BASE/chat/completions}. */
        @WithDefault("http://localhost:8000/v1")
        String baseUrl();

        /** The model name sent with every request. */
        @WithDefault("default")
        String model();

        /** The bearer token sent as {@code Authorization}; none when absent. */
        Optional<String> apiKey();

        /** How long to wait for a whole answer; slower is a transient failure, tried again by the stage. */
        @WithDefault("20s")
        Duration timeout();
    }

    /** The engines of this stage, as {@code plantain.planner.engine} names them (lower case, hyphenated). */
    enum Engine {
        /** {@code rules}: the built-in parser and layout solver. */
        RULES,
        /** {@code llm}: a language model behind an OpenAI-compatible endpoint. */
        LLM,
        /** {@code instant}: benchmark only: a fixed one-entity plan at once. */
        INSTANT;

        /** Reads the key, refusing an unknown engine with the allowed names. */
        public static final class Names implements Converter<Engine> {
            @Override
            public Engine convert(String value) {
                return EngineNames.parse(Engine.class, "plantain.planner.engine", value);
            }
        }
    }
}
