package dev.plantain.verifier.service;

import dev.plantain.art.ArtLibrary;
import dev.plantain.ocr.OcrReaders;
import dev.plantain.remote.RemoteEngines;
import dev.plantain.stage.EngineNames;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.InstantVerifier;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Chooses the verification engine from configuration and owns the OCR model: loaded once at start-up, shared by
 * the one verifier (which reads one image at a time), closed on shutdown.
 */
public class VerifierEngine {

    private static final Logger LOG = Logger.getLogger(VerifierEngine.class);

    @Produces
    @Singleton
    @Startup
    ImageVerifier verifier(VerifierConfig config, TextReader reader, Config keys) {
        return switch (config.engine()) {
            case PIXELS -> new PixelVerifier(ArtLibrary.fluentFlat(), reader);
            case INSTANT -> new InstantVerifier();
            case VLM -> remote(config.engine(), reader, keys);
        };
    }

    /** The vision-language judge, its {@code plantain.verifier.vlm.*} keys read from any config source (env too). */
    static ImageVerifier remote(VerifierConfig.Engine engine, TextReader reader, Config keys) {
        return RemoteEngines.verifier(
                EngineNames.nameOf(engine), key -> keys.getOptionalValue(key, String.class), reader);
    }

    @Produces
    @Singleton
    TextReader textReader(VerifierConfig config) {
        TextReader reader = config.ocr().enabled()
                ? OcrReaders.open(config.ocr().modelDir())
                : TextReader.unavailable("OCR disabled (plantain.verifier.ocr.enabled=false)");
        reader.unavailable()
                .ifPresentOrElse(
                        why -> LOG.warnf("text checks will be reported not verified: %s", why),
                        () -> LOG.info("OCR models loaded: text checks are read with PP-OCRv4"));
        return reader;
    }

    void close(@Disposes TextReader reader) throws Exception {
        reader.close();
    }
}
