package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchGenEvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsTheDraftAndRefinedPassRatesPerTag() throws Exception {
        Path prompts = dir.resolve("geneval_metadata.jsonl");
        Files.write(
                prompts,
                List.of(
                        "{\"tag\": \"counting\", \"include\": [{\"class\": \"apple\", \"count\": 2}], "
                                + "\"prompt\": \"a photo of two apples\"}",
                        "{\"tag\": \"position\", \"prompt\": \"a photo of a cat left of a dog\"}"));

        String out = run(prompts);

        assertThat(out)
                .contains("GenEval prompts: 2 of 2")
                .contains("engines in-process")
                .contains("| counting | 1 |")
                .contains("| position | 1 |")
                .contains("| **all** | 2 |");
    }

    @Test
    void skipsCleanlyWithoutThePrompts() {
        Path missing = dir.resolve("absent.jsonl");

        assertThat(run(missing)).startsWith("bench-geneval: skipped, no GenEval prompts at " + missing);
    }

    private static String run(Path prompts) {
        StringWriter out = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("bench-geneval", "--prompts", prompts.toString()))
                .isZero();
        return out.toString();
    }
}
