package dev.plantain.bench.faults;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Model servers on the loopback for the outage scenarios, one path per dependency name: each answers 200 until an
 * outage is scheduled, then 503 for a while, then 429 with {@code Retry-After} for a while, then 200 again; and 400
 * (a refused prompt) for any job whose id starts with {@code refused-}. The services call it through
 * {@code plantain.faults.model-servers.*}.
 */
final class FlakyModelServer implements AutoCloseable {

    /** The main model server: its outages are waited out. */
    static final String MODEL = "model-server";
    /** A model server whose max-wait is short, so its outage outlasts it. */
    static final String OVERLONG = "overlong-model";
    /** {@code plantain.outage.overlong-model.max-wait} in the services. */
    static final Duration OVERLONG_MAX_WAIT = Duration.ofSeconds(10);
    /** The {@code Retry-After} of a 429, in seconds. */
    static final int RETRY_AFTER_SECONDS = 3;

    private record Outage(long unavailableUntil, long throttledUntil) {}

    private final HttpServer server;
    private final Map<String, Outage> outages = new ConcurrentHashMap<>();

    private FlakyModelServer(HttpServer server) {
        this.server = server;
    }

    static FlakyModelServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FlakyModelServer models = new FlakyModelServer(server);
            for (String name : List.of(MODEL, OVERLONG)) {
                server.createContext("/" + name, exchange -> models.answer(name, exchange));
            }
            server.start();
            return models;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the loopback model server", e);
        }
    }

    /** The services' settings that make every job's work call these servers. */
    List<String> serviceArgs() {
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        return List.of(
                "-Dplantain.faults.model-servers." + MODEL + "=" + base + MODEL,
                "-Dplantain.faults.model-servers." + OVERLONG + "=" + base + OVERLONG,
                "-Dplantain.outage." + OVERLONG + ".max-wait=" + OVERLONG_MAX_WAIT.toSeconds() + "s");
    }

    /** From now, the named server answers 503 for {@code unavailable}, then 429 for {@code throttled}. */
    void outage(String name, Duration unavailable, Duration throttled) {
        long now = System.nanoTime();
        outages.put(
                name,
                new Outage(
                        now + unavailable.toNanos(),
                        now + unavailable.plus(throttled).toNanos()));
    }

    private void answer(String name, HttpExchange exchange) throws IOException {
        String query = String.valueOf(exchange.getRequestURI().getQuery());
        Outage outage = outages.get(name);
        long now = System.nanoTime();
        if (query.contains("job=refused-")) {
            send(exchange, 400, "the prompt is refused by the model's content policy");
        } else if (outage != null && now < outage.unavailableUntil()) {
            send(exchange, 503, "the model is loading");
        } else if (outage != null && now < outage.throttledUntil()) {
            exchange.getResponseHeaders().add("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            send(exchange, 429, "too many requests");
        } else {
            send(exchange, 200, "ok");
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
