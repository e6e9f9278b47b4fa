package dev.plantain.cli;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.AspectRatio;
import dev.plantain.messages.Json;
import dev.plantain.messages.Resolution;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.planner.ScenePlanner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the scene plan of a prompt, with the planner engine the planner service runs; no Kafka needed. */
@Command(name = "plan", description = "Print the scene plan of a prompt as JSON (no Kafka needed).")
final class PlanCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", description = "The prompt.")
    String prompt;

    @Option(names = "--resolution", defaultValue = "1K", description = "1K, 2K or 4K. Default: ${DEFAULT-VALUE}")
    String resolution;

    @Option(names = "--aspect-ratio", defaultValue = "1:1", description = "W:H. Default: ${DEFAULT-VALUE}")
    String aspectRatio;

    @Option(names = "--seed", defaultValue = "0", description = "Seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() {
        Resolution r = Resolution.parse(resolution).orElseThrow(
                () -> new IllegalArgumentException("--resolution '" + resolution + "': allowed 1K, 2K, 4K"));
        AspectRatio ratio = AspectRatio.parse(aspectRatio);
        ScenePlanner planner = new RuleBasedPlanner(ArtLibrary.fluentFlat());
        spec.commandLine().getOut().println(Json.writePretty(planner.plan(prompt, ratio.canvasWidth(r.nativeLongSide()),
                ratio.canvasHeight(r.nativeLongSide()), seed)));
        return 0;
    }
}
