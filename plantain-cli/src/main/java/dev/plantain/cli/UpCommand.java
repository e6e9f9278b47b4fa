package dev.plantain.cli;

import dev.plantain.cli.stack.ContainerStack;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.Stage;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the local stack and leaves it running. */
@Command(
        name = "up",
        description = "Start a Kafka broker, the five services and the web console, and leave them running.")
final class UpCommand implements Callable<Integer> {

    @Option(
            names = "--scale",
            split = ",",
            description =
                    "Instances per stage, e.g. draft=2,verifier=2 (stages: planner, draft, verifier, refiner, upscaler).")
    Map<String, Integer> scale = Map.of();

    @Option(
            names = "--containers",
            description = "Run the broker and the services as containers on the host's network, from the images that "
                    + "./plantain images builds.")
    boolean containers;

    @Option(
            names = "--console-port",
            defaultValue = "8080",
            description = "The web console's port (on localhost); 0 starts no console. Default: ${DEFAULT-VALUE}")
    int consolePort;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() {
        Map<Stage, Integer> instances = new EnumMap<>(Stage.class);
        scale.forEach((name, count) -> {
            Stage stage = StageOption.parse(name);
            if (count < 1 || count > 8) {
                throw new IllegalArgumentException("--scale " + name + "=" + count + ": allowed 1 to 8 instances");
            }
            instances.put(stage, count);
        });
        StackSettings settings = stack.settings(instances);
        if (LocalStack.find(settings).isPresent()) {
            System.err.println(
                    "a stack is already up (state in " + settings.stateDir() + "); ./plantain down stops it");
            return 1;
        }
        if (containers) {
            ContainerStack.start(settings, System.err);
        } else {
            LocalStack local = LocalStack.start(settings, System.err);
            if (consolePort > 0) {
                try {
                    local.startConsole(consolePort, System.err);
                } catch (RuntimeException e) {
                    local.stop();
                    throw e;
                }
            }
        }
        return 0;
    }
}
