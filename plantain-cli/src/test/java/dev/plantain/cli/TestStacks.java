package dev.plantain.cli;

import dev.plantain.cli.stack.FreePorts;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stack settings for tests: the checkout under test, a state directory in target/, and free ports ({@link FreePorts}). */
public final class TestStacks {

    private TestStacks() {}

    static Path home() {
        return Path.of(System.getProperty("plantain.home", ".."))
                .toAbsolutePath()
                .normalize();
    }

    public static StackSettings fresh(String name) {
        Path state = home().resolve("plantain-cli/target/stacks").resolve(name);
        LocalStack.deleteTree(state);
        int http = FreePorts.block(List.of(0, 1, 2, 3, 4));
        return new StackSettings(home(), state, FreePorts.one(), FreePorts.one(), http, "plantain.", 2, Map.of());
    }

    /**
     * As {@link #fresh(String)}, on a cluster of {@code brokers}: broker {@code n} on the client port {@code base + 10
     * n} and the controller port {@code base + 10 n + 1}.
     */
    public static StackSettings cluster(String name, int brokers) {
        StackSettings single = fresh(name);
        List<Integer> offsets = new ArrayList<>();
        for (int node = 0; node < brokers; node++) {
            offsets.addAll(List.of(10 * node, 10 * node + 1));
        }
        int base = FreePorts.block(offsets);
        return new StackSettings(
                single.home(),
                single.stateDir(),
                base,
                base + 1,
                single.httpPortBase(),
                single.topicPrefix(),
                single.partitions(),
                single.scale(),
                brokers);
    }
}
