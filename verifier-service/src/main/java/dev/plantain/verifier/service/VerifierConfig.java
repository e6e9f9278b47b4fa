package dev.plantain.verifier.service;

import dev.plantain.stage.EngineNames;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.spi.Converter;

/** The verifier service's {@code plantain.verifier.*} keys. */
@ConfigMapping(prefix = "plantain.verifier")
public interface VerifierConfig {

    /** The verification engine: {@code pixels} (the built-in segmentation and colour analysis);
     * {@code instant} (benchmark only: fails an unrefined candidate, passes a refined one, at once); {@code vlm} (a
     * vision-language judge over OpenAI-compatible chat, plantain-engines-remote). */
    @WithDefault("pixels")
    @WithConverter(Engine.Names.class)
    Engine engine();

    /** {@code plantain.verifier.vlm.*}: the vision-language judge's keys (plantain-engines-remote's README). */
    @WithName("vlm")
    Map<String, String> vlm();

    /** Store an overlay image (checks drawn green and red) with every report. */
    @WithDefault("true")
    boolean overlay();

    /** Reading quoted text: the {@code plantain.verifier.ocr.*} keys. */
    Ocr ocr();

    /** The OCR model that reads quoted text for text checks. */
    interface Ocr {

        /** Read quoted text with PP-OCRv4; when false, or when the models cannot be loaded, text checks are not verified. */
        @WithDefault("true")
        boolean enabled();

        /** A directory holding ch_PP-OCRv4_det_infer.onnx, ch_PP-OCRv4_rec_infer.onnx and ppocr_keys_v1.txt; default: the packaged models. */
        Optional<Path> modelDir();
    }

    /** The engines of this stage, as {@code plantain.verifier.engine} names them (lower case, hyphenated). */
    enum Engine {
        /** {@code pixels}: the built-in segmentation and colour analysis. */
        PIXELS,
        /** {@code instant}: benchmark only: fails an unrefined candidate, passes a refined one, at once. */
        INSTANT,
        /** {@code vlm}: a vision-language judge over OpenAI-compatible chat completions. */
        VLM;

        /** Reads the key, refusing an unknown engine with the allowed names. */
        public static final class Names implements Converter<Engine> {
            @Override
            public Engine convert(String value) {
                return EngineNames.parse(Engine.class, "plantain.verifier.engine", value);
            }
        }
    }
}
