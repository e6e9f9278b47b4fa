package dev.plantain.draft.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import org.eclipse.microprofile.config.spi.Converter;

/** The draft service's {@code plantain.draft.*} keys. */
@ConfigMapping(prefix = "plantain.draft")
public interface DraftConfig {

    /** The drafting engine: {@code compose} (the built-in vector compositor of emoji art);
     * {@code instant} (benchmark only: a blank canvas at once). */
    @WithDefault("compose")
    @WithConverter(Engine.Names.class)
    Engine engine();

    /** The engines of this stage, as {@code plantain.draft.engine} names them (lower case, hyphenated). */
    enum Engine {
        /** {@code compose}: the built-in vector compositor of emoji art. */
        COMPOSE,
        /** {@code instant}: benchmark only: a blank canvas at once. */
        INSTANT;

        /** Reads the key, refusing an unknown engine with the allowed names. */
        public static final class Names implements Converter<Engine> {
            @Override
            public Engine convert(String value) {
                return EngineNames.parse(Engine.class, "plantain.draft.engine", value);
            }
        }
    }
}
