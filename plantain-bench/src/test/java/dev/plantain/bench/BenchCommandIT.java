package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick benchmark runs its stacks and writes every section with a filled table, keeping the hand-kept
 * before/after section of the file it replaces. Figures are its output, never asserted.
 */
class BenchCommandIT {

    /** Each section's heading and the first column of its table. */
    private static final List<List<String>> SECTIONS = List.of(
            List.of("## Pipeline overhead per hop", "| hop |"),
            List.of("## A job's time by stage", "| step, ms"),
            List.of("## Throughput", "| partitions |"),
            List.of("## Image codecs", "| format |"),
            List.of("## Memory", "| process |"));

    @TempDir
    Path dir;

    @Test
    void quickModeWritesEveryTableAndKeepsTheBeforeAfterSection() throws Exception {
        Path out = dir.resolve("benchmarks.md");
        Files.writeString(out, "# old figures\n\n## Before and after\n\nkept by hand: 2K job 9.9 s before\n");
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = PlantainBench.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("bench", "--quick", "--out", out.toString());

        assertThat(exit).as(err.toString()).isZero();
        String doc = Files.readString(out);
        assertThat(doc).doesNotContain("# old figures").contains("Machine: ").contains("Quick mode");
        assertThat(doc).contains("Kafka's own floor on the same broker").doesNotContain("sent plainly – ms");
        for (List<String> section : SECTIONS) {
            String rest = doc.substring(doc.indexOf(section.get(0)) + 1);
            assertThat(doc).contains(section.get(0));
            List<String> lines = rest.lines().toList();
            int header = lines.stream()
                    .filter(l -> l.startsWith(section.get(1)))
                    .findFirst()
                    .map(lines::indexOf)
                    .orElseThrow(() -> new AssertionError("no table under " + section.get(0) + ":\n" + doc));
            assertThat(lines.get(header + 1)).startsWith("|---|");
            assertThat(lines.get(header + 2))
                    .as("first row under " + section.get(0))
                    .startsWith("| ")
                    .doesNotContain("| – |");
        }
        assertThat(doc).endsWith("## Before and after\n\nkept by hand: 2K job 9.9 s before\n");
    }
}
