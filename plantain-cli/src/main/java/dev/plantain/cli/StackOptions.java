package dev.plantain.cli;

import dev.plantain.cli.stack.StackSettings;
import dev.plantain.messages.Stage;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** Where the local stack lives and listens, shared by every command that talks to it. */
public final class StackOptions {

    @Option(
            names = "--state-dir",
            description = "The stack's state: pids, logs, broker data, blobs. Default: .plantain in the checkout")
    Path stateDir;

    @Option(
            names = "--kafka-port",
            defaultValue = "9092",
            description = "The broker's client port. Default: ${DEFAULT-VALUE}")
    int kafkaPort;

    @Option(
            names = "--controller-port",
            defaultValue = "9093",
            description = "The broker's controller port. Default: ${DEFAULT-VALUE}")
    int controllerPort;

    @Option(
            names = "--http-port",
            defaultValue = "8081",
            description = "The planner's HTTP port; the next stages use the next four. Default: ${DEFAULT-VALUE}")
    int httpPort;

    @Option(
            names = "--topic-prefix",
            defaultValue = "plantain.",
            description = "Prefix of every topic. Default: ${DEFAULT-VALUE}")
    String topicPrefix;

    @Option(
            names = "--partitions",
            defaultValue = "3",
            description = "Partitions per topic created. Default: ${DEFAULT-VALUE}")
    int partitions;

    public static Path home() {
        return Path.of(System.getProperty("plantain.home", "."))
                .toAbsolutePath()
                .normalize();
    }

    public StackSettings settings(Map<Stage, Integer> scale) {
        Path state = stateDir != null ? stateDir.toAbsolutePath() : home().resolve(".plantain");
        return new StackSettings(home(), state, kafkaPort, controllerPort, httpPort, topicPrefix, partitions, scale);
    }
}
