package dev.plantain.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Stack settings for tests: the checkout under test, a state directory in target/, and free ports ({@link FreePorts}). */
final class TestStacks {

    private TestStacks() {}

    static Path home() {
        return Path.of(System.getProperty("plantain.home", ".."))
                .toAbsolutePath()
                .normalize();
    }

    static StackSettings fresh(String name) {
        Path state = home().resolve("plantain-cli/target/stacks").resolve(name);
        LocalStack.deleteTree(state);
        int http = FreePorts.block(List.of(0, 1, 2, 3, 4));
        return new StackSettings(home(), state, FreePorts.one(), FreePorts.one(), http, "plantain.", 2, Map.of());
    }
}
