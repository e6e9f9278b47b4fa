package dev.plantain.containers;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Waits for a container on the host's network by what it serves on the loopback (a port that opens, a readiness
 * check that answers 200), failing at once with its logs if it exits meanwhile. Testcontainers' own strategies look
 * at mapped ports, which a container on the host's network has none of.
 */
final class LoopbackWait extends AbstractWaitStrategy {

    private final BooleanSupplier ready;
    private final String what;

    private LoopbackWait(BooleanSupplier ready, String what) {
        this.ready = ready;
        this.what = what;
        withStartupTimeout(Duration.ofMinutes(3));
    }

    static LoopbackWait forPort(int port) {
        return new LoopbackWait(() -> portOpen(port), "port " + port);
    }

    static LoopbackWait forReadiness(int port) {
        return new LoopbackWait(() -> ready(port), "readiness on port " + port);
    }

    @Override
    protected void waitUntilReady() {
        Awaitility.await(what)
                .atMost(startupTimeout)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!waitStrategyTarget.isRunning()) {
                        throw new ContainerLaunchException(
                                what + ": the container exited; its logs:\n" + waitStrategyTarget.getLogs());
                    }
                    return ready.getAsBoolean();
                });
    }

    static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean ready(int port) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create("http://localhost:" + port + "/q/health/ready")
                    .toURL()
                    .openConnection();
            c.setConnectTimeout(1000);
            c.setReadTimeout(2000);
            return c.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }
}
