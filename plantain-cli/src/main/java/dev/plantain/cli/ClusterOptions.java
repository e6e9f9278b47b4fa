package dev.plantain.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** Which Kafka cluster a command talks to: the local stack's by default, any cluster by {@code --bootstrap-server}. */
final class ClusterOptions {

    @Option(
            names = "--bootstrap-server",
            description = "Kafka bootstrap servers of any running stack. Default: the local stack's broker")
    String bootstrapServer;

    @picocli.CommandLine.Mixin
    StackOptions stack;

    String bootstrap() {
        if (bootstrapServer != null) {
            return bootstrapServer;
        }
        return LocalStack.find(stack.settings(Map.of()))
                .map(s -> s.settings().bootstrap())
                .orElseThrow(
                        () -> new IllegalStateException(
                                "no local stack is up: start one with ./plantain up, or name a cluster with --bootstrap-server"));
    }

    String topicPrefix() {
        return stack.topicPrefix;
    }
}
