package dev.plantain.bench.upscale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.bench.PlantainBench;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The quick benchmark runs on tiny images and prints every table, the photographs' too where apt can fetch them, else
 * the one line that says they were skipped (figures are not asserted: they are the output).
 */
class BenchUpscaleCommandTest {

    @Test
    void quickModePrintsEveryTable() {
        StringWriter out = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("bench-upscale", "--quick", "--tile-size", "32");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains(
                        "## Quality, standard protocol (",
                        "## Quality, standard protocol: means",
                        "## Quality, box protocol",
                        "## Speed",
                        "## Arithmetic rate",
                        "## Memory",
                        "## Engine")
                .contains("bicubic x1/2 downscale with antialiasing", "PSNR on Y", "2x2 box average")
                .contains(
                        "esrgan-slim-x2",
                        "esrgan-medium-x2",
                        "esrgan-thick-x2",
                        "esrgan-psnr-small-x2",
                        "lanczos3",
                        "bicubic")
                .contains("margin over lanczos3", "GFLOP/s", "peak RSS");
        if (out.toString().contains("Photographs skipped (")) {
            assertThat(out.toString()).doesNotContain("## Quality on photographs");
        } else {
            assertThat(out.toString())
                    .contains("## Quality on photographs, standard protocol (2 images")
                    .contains("python3-skimage (Debian copyright file: scikit-image, BSD-3-Clause)")
                    .contains("- astronaut (48x36): public domain (NASA)", "- chelsea (48x36): CC0")
                    .contains("| photo: astronaut |", "| photo: chelsea |");
        }
    }
}
