package dev.plantain.cli;

import dev.plantain.cli.stack.RunningStack;
import dev.plantain.messages.Stage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Stops or starts one stage of the running local stack, leaving the broker and the other stages up. */
final class StageCommands {

    private StageCommands() {}

    static RunningStack running(StackOptions stack, Map<Stage, Integer> scale) {
        return RunningStack.find(stack.settings(scale))
                .orElseThrow(() -> new IllegalStateException("no stack is up: start one with ./plantain up"));
    }

    /** {@code ./plantain stop --stage STAGE}. */
    @Command(
            name = "stop",
            description =
                    "Stop every instance of one stage of the running stack (for rewind, or to see work queue up).")
    static final class Stop implements Callable<Integer> {

        @Mixin
        StageOption stage;

        @Mixin
        StackOptions stack;

        @Override
        public Integer call() {
            Stage s = stage.stage();
            RunningStack running = running(stack, Map.of());
            if (!running.running(s)) {
                System.err.println(s.label() + " is not running");
                return 0;
            }
            running.stopStage(s);
            System.err.println(
                    s.label() + " stopped; its records wait in its topic until ./plantain start --stage " + s.label());
            return 0;
        }
    }

    /** {@code ./plantain start --stage STAGE [--instances N]}. */
    @Command(name = "start", description = "Start one stage of the running stack again.")
    static final class Start implements Callable<Integer> {

        @Mixin
        StageOption stage;

        @Option(
                names = "--instances",
                defaultValue = "1",
                description = "Instances to start, 1-8. Default: ${DEFAULT-VALUE}")
        int instances;

        @Mixin
        StackOptions stack;

        @Override
        public Integer call() {
            Stage s = stage.stage();
            if (instances < 1 || instances > 8) {
                throw new IllegalArgumentException("--instances " + instances + ": allowed 1 to 8");
            }
            Map<Stage, Integer> scale = new EnumMap<>(Stage.class);
            scale.put(s, instances);
            running(stack, scale).startStages(List.of(s), System.err);
            System.err.println(s.label() + " running with " + instances + " instance(s)");
            return 0;
        }
    }
}
