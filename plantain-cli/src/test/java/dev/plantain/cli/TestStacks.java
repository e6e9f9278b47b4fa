package dev.plantain.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

/** Stack settings for tests: the checkout under test, a state directory in target/, and free ports. */
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
        int http = freePortBlock();
        return new StackSettings(home(), state, freePort(), freePort(), http, "plantain.", 2, Map.of());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A base port with the next four free too, for the five services. */
    static int freePortBlock() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20000 + (int) (Math.random() * 30000);
            if (java.util.stream.IntStream.range(0, 5)
                    .allMatch(i -> !Readiness.portOpen(base + i) && bindable(base + i))) {
                return base;
            }
        }
        throw new IllegalStateException("no block of five free ports");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
