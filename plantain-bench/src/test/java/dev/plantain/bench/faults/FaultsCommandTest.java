package dev.plantain.bench.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.bench.PlantainBench;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code ./plantain faults}'s table and its refusals; {@code FaultsIT} runs its scenarios on a stack. */
class FaultsCommandTest {

    @Test
    void anInFlightCountOutOfRangeIsRefusedBeforeAnythingStarts() {
        StringWriter err = new StringWriter();
        CommandLine cli = PlantainBench.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));

        int exit = cli.execute("faults", "--max-in-flight", "9");

        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--max-in-flight 9: allowed 1 to 8");
    }

    @Test
    void theTableHasOneRowPerScenarioAndTheirSum() {
        List<FaultCount> counts = List.of(
                new FaultCount("broker restarted", 6, 6, 0, 0, 0, 0), new FaultCount("poison", 4, 5, 2, 1, 1, 0));
        StringWriter out = new StringWriter();
        FaultCount.print(new PrintWriter(out), List.of(counts.get(0), counts.get(1), FaultCount.total("all", counts)));

        assertThat(out.toString().lines())
                .containsExactly(
                        "scenario                                      jobs  results re-runs  FAILED  duplicates  lost",
                        "broker restarted                                 6        6       0       0           0     0",
                        "poison                                           4        5       2       1           1     0",
                        "all                                             10       11       2       1           1     0");
    }
}
