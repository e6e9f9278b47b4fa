package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code plantain bench-planner} on a tiny fixture prints every table; timings are printed, never asserted. */
class BenchPlannerCommandTest {

    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        assertThat(cli.execute(args)).isZero();
        return out.toString();
    }

    @Test
    void printsEveryTable() throws Exception {
        Path geneval = dir.resolve("geneval.jsonl");
        Files.writeString(geneval, """
                {"tag": "single_object", "include": [{"class": "cat", "count": 1}], "prompt": "a photo of a cat"}
                {"tag": "counting", "include": [{"class": "dog", "count": 3}], "prompt": "a photo of three dogs"}
                {"tag": "counting", "include": [{"class": "dog", "count": 3}], "prompt": "a photo of two dogs"}
                """);
        Path compbench = Files.createDirectories(dir.resolve("compbench"));
        Files.writeString(compbench.resolve("color_val.txt"), "a green bench and a blue bowl\na red glorptwizzle\n");
        Files.writeString(compbench.resolve("spatial_val.txt"), "a sedan next to a poodle\n");

        String out = run("bench-planner", "--geneval", geneval.toString(), "--compbench", compbench.toString());

        assertThat(out).contains("GenEval agreement (class, count, colour, position) on " + geneval + ": 2/3");
        assertThat(out).containsPattern("single_object\\s+1\\s+1").containsPattern("counting\\s+1\\s+2");
        assertThat(out).contains("T2I-CompBench: share of prompts whose every noun maps to art");
        assertThat(out)
                .containsPattern("color_val\\s+2\\s+1\\s+50\\.0%")
                .containsPattern("spatial_val\\s+1\\s+1\\s+100\\.0%");
        assertThat(out).contains("Nouns without art", "color_val: glorptwizzle (1)", "spatial_val: none");
        assertThat(out).contains("Planning time per prompt (6 prompts");
    }

    @Test
    void theStrictShareAlsoCountsDescriptionsAndPurposesWithoutArt() throws Exception {
        Path compbench = Files.createDirectories(dir.resolve("compbench"));
        Files.writeString(
                compbench.resolve("shape_val.txt"),
                "The conical hat and the spherical ball were the objects of attention.\na cat and a dog\n");

        String out = run(
                "bench-planner",
                "--geneval",
                dir.resolve("none.jsonl").toString(),
                "--compbench",
                compbench.toString());

        assertThat(out).containsPattern("shape_val\\s+2\\s+2\\s+100\\.0%\\s+50\\.0%");
        assertThat(out)
                .contains(
                        "Nouns without art in descriptions and purposes, noted and not drawn",
                        "shape_val: objects (1)");
    }

    @Test
    void missingBenchmarksAreSkippedWithANote() {
        Path geneval = dir.resolve("none.jsonl");
        Path compbench = dir.resolve("none");
        String out = run("bench-planner", "--geneval", geneval.toString(), "--compbench", compbench.toString());
        assertThat(out)
                .contains(
                        "GenEval: " + geneval + " not found, skipped",
                        "T2I-CompBench: " + compbench + " not found, skipped",
                        "Planning time per prompt: no prompts planned");
    }
}
