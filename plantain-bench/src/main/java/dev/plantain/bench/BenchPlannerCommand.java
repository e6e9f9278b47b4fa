package dev.plantain.bench;

import dev.plantain.art.ArtLibrary;
import dev.plantain.cli.StackOptions;
import dev.plantain.planner.NounCoverage;
import dev.plantain.planner.RuleBasedPlanner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Measures the built-in planner on GenEval and T2I-CompBench prompts and prints the tables. */
@Command(
        name = "bench-planner",
        description = "Print the built-in planner's GenEval agreement per tag, its "
                + "T2I-CompBench noun coverage per file with the nouns without art, and its planning time per prompt.")
final class BenchPlannerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(
            names = "--geneval",
            paramLabel = "FILE",
            description = "GenEval metadata JSONL. Default: ../shared/benchmarks/geneval_metadata.jsonl")
    Path geneval;

    @Option(
            names = "--compbench",
            paramLabel = "DIR",
            description = "T2I-CompBench prompt files (*.txt). Default: ../shared/benchmarks/t2i-compbench")
    Path compbench;

    @Override
    public Integer call() throws Exception {
        Path benchmarks = StackOptions.home().resolve("../shared/benchmarks").normalize();
        PrintWriter out = spec.commandLine().getOut();
        RuleBasedPlanner planner = new RuleBasedPlanner(ArtLibrary.fluentFlat());
        PlannerBench bench = new PlannerBench(planner, new NounCoverage(planner), out);
        bench.genEval(geneval != null ? geneval : benchmarks.resolve("geneval_metadata.jsonl"));
        out.println();
        bench.compBench(compbench != null ? compbench : benchmarks.resolve("t2i-compbench"));
        out.println();
        bench.timing();
        out.flush();
        return 0;
    }
}
