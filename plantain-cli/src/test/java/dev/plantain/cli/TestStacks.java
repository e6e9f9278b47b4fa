package dev.plantain.cli;

import dev.plantain.cli.stack.FreePorts;
import dev.plantain.cli.stack.LocalStack;
import dev.plantain.cli.stack.StackSettings;
import java.nio.file.Path;
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
}
