package dev.plantain.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.plan.Box;
import dev.plantain.verifier.TextReader;
import dev.plantain.verifier.TextReader.TextLine;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PaddleTextReaderTest {

    private static TextReader reader;

    @BeforeAll
    static void load() {
        reader = OcrReaders.open(Optional.empty());
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    @Test
    void thePackagedModelsLoad() {
        assertThat(reader.unavailable()).isEmpty();
        assertThat(reader).isInstanceOf(PaddleTextReader.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PLANTAIN", "OPEN", "HELLO WORLD", "Fresh apples", "Bakery 24/7", "QUIZ JOCKEY VEX"})
    void textSetOnAPlateIsReadBack(String text) {
        BufferedImage image = plate(text, 1024, 768, new Box(300, 200, 460, 120));

        List<TextLine> lines = reader.read(image, new Box(260, 170, 540, 180));

        assertThat(String.join(" ", lines.stream().map(TextLine::text).toList()))
                .isEqualTo(text);
        assertThat(lines)
                .allSatisfy(l -> assertThat(l.box().intersects(new Box(300, 200, 460, 120)))
                        .isTrue());
    }

    @Test
    void aRegionWithoutTextReadsNothing() {
        BufferedImage image = plate("OPEN", 1024, 768, new Box(300, 200, 460, 120));

        assertThat(reader.read(image, new Box(100, 450, 400, 250))).isEmpty();
    }

    @Test
    void aDirectoryWithoutModelsGivesAReaderThatSaysWhy(@TempDir Path empty) {
        try (TextReader missing = OcrReaders.open(Optional.of(empty))) {
            assertThat(missing.unavailable())
                    .get()
                    .asString()
                    .contains("OCR model files missing")
                    .contains(OcrModels.DETECTION);
            assertThat(missing.read(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), null))
                    .isEmpty();
        }
    }

    static BufferedImage plate(String text, int width, int height, Box box) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDEEFF));
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(new Color(0xF7F3E3));
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 30, 30);
        g.setColor(new Color(0x1A1A1A));
        Font font = new Font("DejaVu Sans", Font.BOLD, 100);
        double size =
                Math.min(100.0 * (box.width() - 40) / g.getFontMetrics(font).stringWidth(text), box.height() * 0.55);
        g.setFont(font.deriveFont((float) size));
        int w = g.getFontMetrics().stringWidth(text);
        g.drawString(text, box.x() + (box.width() - w) / 2, (int) (box.y() + box.height() / 2.0 + size * 0.36));
        g.dispose();
        return image;
    }
}
