package dev.plantain.refiner.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import org.eclipse.microprofile.config.spi.Converter;

/** The refiner service's {@code plantain.refiner.*} keys. */
@ConfigMapping(prefix = "plantain.refiner")
public interface RefinerConfig {

    /** The refining engine: {@code layout} (the built-in targeted repaint of what failed);
     * {@code instant} (benchmark only: marks the candidate refined at once). */
    @WithDefault("layout")
    @WithConverter(Engine.Names.class)
    Engine engine();

    /** The engines of this stage, as {@code plantain.refiner.engine} names them (lower case, hyphenated). */
    enum Engine {
        /** {@code layout}: the built-in targeted repaint of what failed. */
        LAYOUT,
        /** {@code instant}: benchmark only: marks the candidate refined at once. */
        INSTANT;

        /** Reads the key, refusing an unknown engine with the allowed names. */
        public static final class Names implements Converter<Engine> {
            @Override
            public Engine convert(String value) {
                return EngineNames.parse(Engine.class, "plantain.refiner.engine", value);
            }
        }
    }
}
