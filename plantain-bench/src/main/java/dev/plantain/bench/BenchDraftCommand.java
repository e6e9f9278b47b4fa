package dev.plantain.bench;

import dev.plantain.cli.LocalEngines;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the draft engine's time at 1K and 2K, the refiner's time per round, and memory, on this machine. */
@Command(
        name = "bench-draft",
        description = "Time the built-in draft engine at 1K and 2K over a fixed prompt set (median), the refiner per "
                + "round, and memory (allocated bytes per draft, peak heap used), engines in-process.")
final class BenchDraftCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--quick",
            description = "Three prompts, one pass, one refine round, no OCR; instead of eight "
                    + "prompts, five passes, three rounds with OCR.")
    boolean quick;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BenchMachine machine = BenchMachine.probe();
        List<String> prompts = quick ? DraftBench.PROMPTS.subList(0, 3) : DraftBench.PROMPTS;
        try (LocalEngines engines = new LocalEngines(!quick)) {
            out.printf(
                    "Draft benchmark: %d prompts, %s after a warm-up pass over every prompt (excluded from the "
                            + "figures), on %s (%d cores); planning not timed; memory: bytes the drafting thread "
                            + "allocated (ThreadMXBean) and the heap pools' peak used, reset per size%n",
                    prompts.size(), quick ? "1 pass" : "5 passes", machine.cpu(), machine.cores());
            DraftBench bench = new DraftBench(engines);
            List<DraftBench.Row> rows = new ArrayList<>();
            for (int side : new int[] {1024, 2048}) {
                rows.add(bench.run(side, prompts, quick ? 1 : 5, quick ? 1 : 3));
            }
            DraftBench.print(rows, out);
            out.println();
            out.println("## Process");
            out.printf(
                    "peak resident memory %d MiB (VmHWM, whole process, OCR model included)%n",
                    BenchMachine.peakResidentMib());
        }
        out.flush();
        return 0;
    }
}
