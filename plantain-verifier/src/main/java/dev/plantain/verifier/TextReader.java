package dev.plantain.verifier;

import dev.plantain.plan.Box;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/** The verifier's seam to an OCR model, closed by its owner on shutdown: reads the lines of text in a region. */
public interface TextReader extends AutoCloseable {

    /** One line of text read, where it stands in the image, and the model's mean confidence in its characters. */
    record TextLine(String text, double confidence, Box box) {}

    /** The lines inside {@code region} (the whole image when null), in reading order: top to bottom, left to right. */
    List<TextLine> read(BufferedImage image, Box region);

    /** Why this reader cannot read, or empty when it can. */
    default Optional<String> unavailable() {
        return Optional.empty();
    }

    @Override
    default void close() {}

    /** A reader that reads nothing and says why, so that every text check is reported not verified. */
    static TextReader unavailable(String reason) {
        return new TextReader() {
            @Override
            public List<TextLine> read(BufferedImage image, Box region) {
                return List.of();
            }

            @Override
            public Optional<String> unavailable() {
                return Optional.of(reason);
            }
        };
    }
}
