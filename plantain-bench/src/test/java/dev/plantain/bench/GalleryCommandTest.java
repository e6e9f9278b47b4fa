package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.image.ImageCodec;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The gallery command writes a contact sheet with one tile per prompt and prints each prompt's verdict. */
class GalleryCommandTest {

    @Test
    void writesAContactSheetOfTheChosenPrompts(@TempDir Path dir) throws Exception {
        Path prompts = dir.resolve("prompts.txt");
        Files.writeString(prompts, "two red apples\n\na blue car to the left of a dog\n");
        Path sheet = dir.resolve("sheet.png");
        StringWriter out = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute(
                "gallery", "--prompts", prompts.toString(), "--out", sheet.toString(), "--thumb", "128", "--no-ocr");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("two red apples", "a blue car to the left of a dog")
                .contains("of 2 passed verification");
        BufferedImage image = ImageIO.read(sheet.toFile());
        assertThat(image.getWidth()).as("six columns of 128 px and padding").isEqualTo(12 + 6 * 140);
        assertThat(image.getHeight()).as("one row").isLessThan(300).isGreaterThan(128);
        assertThat(ImageCodec.encodePng(image)).isNotEmpty();
    }

    @Test
    void theScenesSetDrawsTheRealisticScenePrompts(@TempDir Path dir) {
        Path sheet = dir.resolve("scenes.png");
        StringWriter out = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int exit = cli.execute(
                "gallery", "--scenes", "--limit", "2", "--out", sheet.toString(), "--thumb", "128", "--no-ocr");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("an apple on a plate", "a cat on a sofa", "of 2 passed verification");
        assertThat(sheet).exists();
    }
}
