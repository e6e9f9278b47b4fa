package dev.plantain.cli;

import dev.plantain.cli.stack.LocalStack;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which Kafka cluster a command talks to: the local stack's by default, any cluster by {@code --bootstrap-server}. */
public final class ClusterOptions {

    @Option(
            names = "--bootstrap-server",
            description = "Kafka bootstrap servers of any running stack. Default: the local stack's broker")
    String bootstrapServer;

    @picocli.CommandLine.Mixin
    StackOptions stack;

    public String bootstrap() {
        if (bootstrapServer != null) {
            return bootstrapServer;
        }
        return LocalStack.find(stack.settings(Map.of()))
                .map(s -> s.settings().bootstrap())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "no local stack is up: start one with ./plantain up, or name a cluster with --bootstrap-server"));
    }

    public String topicPrefix() {
        return stack.topicPrefix;
    }
}
