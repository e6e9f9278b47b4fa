package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The quick draft benchmark prints its tables, overall and per prompt so a slow case shows (figures are not
 * asserted: they are the output).
 */
class BenchDraftCommandTest {

    @Test
    void quickModePrintsTheTables() {
        StringWriter out = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));

        int exit = cli.execute("bench-draft", "--quick");

        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("## Draft time", "## Refine time per round", "## Process")
                .contains("| size | drafts | median ms | max ms | allocated per draft MiB | peak heap used MiB |")
                .contains("| 1024x1024 | 3 |", "| 2048x2048 | 3 |")
                .contains("## Draft time per prompt", "| size | prompt | cold ms | median ms | max ms |")
                .contains("warm-up pass")
                .contains("| 2048x2048 | " + DraftBench.PROMPTS.get(2) + " |");
    }
}
