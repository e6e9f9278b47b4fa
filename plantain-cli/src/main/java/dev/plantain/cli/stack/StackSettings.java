package dev.plantain.cli.stack;

import dev.plantain.messages.Stage;
import java.nio.file.Path;
import java.util.Map;

/**
 * How a local stack is laid out: where Plantain is checked out, where the stack keeps its state, and its ports.
 *
 * @param home the checkout, holding the packaged services and broker classpath
 * @param stateDir the stack's state: pids, logs, broker data, blobs
 * @param kafkaPort the broker's client port
 * @param controllerPort the broker's KRaft controller port
 * @param httpPortBase the planner's HTTP port; draft, verifier, refiner and upscaler follow (+1 ... +4), and a
 *     stage's extra instances add 10 per instance
 * @param topicPrefix prefix of every topic name
 * @param partitions partitions per topic created
 * @param scale instances per stage (absent means 1)
 */
public record StackSettings(
        Path home,
        Path stateDir,
        int kafkaPort,
        int controllerPort,
        int httpPortBase,
        String topicPrefix,
        int partitions,
        Map<Stage, Integer> scale) {

    public String bootstrap() {
        return "localhost:" + kafkaPort;
    }

    public Path blobDir() {
        return stateDir.resolve("blobs");
    }

    public int instances(Stage stage) {
        return scale.getOrDefault(stage, 1);
    }

    /** The HTTP port of one instance of a stage. */
    public int httpPort(Stage stage, int instance) {
        return httpPortBase + stage.ordinal() + 10 * instance;
    }

    /** The module folder of a stage's service ({@code draft-service}). */
    public static String module(Stage stage) {
        return stage.label() + "-service";
    }
}
