package dev.plantain.cli.stack;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Node;

/** Waiting for the stack's processes: open ports, services' readiness checks, and a process that dies meanwhile. */
public final class Readiness {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private Readiness() {}

    /** Polls a readiness condition, a quarter second apart, failing at once if the process exits meanwhile. */
    static void waitFor(BooleanSupplier condition, long pid, Path log, String what) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (ProcessLauncher.exitsWithin(pid, Duration.ofMillis(250))) {
                throw new IllegalStateException(
                        what + " exited during start-up; last lines of " + log + ":\n" + ProcessLauncher.tail(log));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        what + " not ready after " + START_TIMEOUT.toSeconds() + " s; see " + log);
            }
        }
    }

    /** Whether something listens on this local port. */
    public static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code brokers} brokers have registered with the cluster's controllers: an open port does not mean that,
     * and topics replicated to every broker cannot be created before.
     */
    static boolean brokersRegistered(String bootstrap, int brokers) {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000))) {
            Collection<Node> registered = admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
            return registered.size() >= brokers;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the brokers", e);
        }
    }

    /** Whether the service on this port answers its readiness check. */
    static boolean serviceReady(int port) {
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
