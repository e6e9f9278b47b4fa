package dev.plantain.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plantain.messages.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback HTTP server for protocol tests: it records every request exactly as sent and answers from the routes a
 * test gives it, in a published wire format. It models no image quality.
 */
public final class FakeModelServer implements AutoCloseable {

    /** A request as the server received it. */
    public record Seen(String method, String path, String query, Headers headers, byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return Json.MAPPER.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.getFirst(name);
        }

        /** The parts of a multipart/form-data body by name (the last of a repeated name). */
        public Map<String, Part> parts() {
            Matcher m = Pattern.compile("boundary=(.+)").matcher(header("Content-Type"));
            if (!m.find()) {
                throw new IllegalStateException("not multipart: " + header("Content-Type"));
            }
            byte[] delimiter = ("--" + m.group(1)).getBytes(StandardCharsets.ISO_8859_1);
            String all = new String(body, StandardCharsets.ISO_8859_1);
            String sep = new String(delimiter, StandardCharsets.ISO_8859_1);
            Map<String, Part> parts = new LinkedHashMap<>();
            for (String chunk : all.split(Pattern.quote(sep))) {
                int split = chunk.indexOf("\r\n\r\n");
                if (split < 0) {
                    continue;
                }
                String head = chunk.substring(0, split);
                String content = chunk.substring(split + 4, chunk.length() - 2);
                Matcher name = Pattern.compile("name=\"([^\"]+)\"").matcher(head);
                Matcher file = Pattern.compile("filename=\"([^\"]+)\"").matcher(head);
                Matcher type = Pattern.compile("Content-Type: (\\S+)").matcher(head);
                if (name.find()) {
                    parts.put(
                            name.group(1),
                            new Part(
                                    file.find() ? file.group(1) : null,
                                    type.find() ? type.group(1) : null,
                                    content.getBytes(StandardCharsets.ISO_8859_1)));
                }
            }
            return parts;
        }
    }

    /** One part of a multipart body. */
    public record Part(String filename, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** An answer: status, headers, body; or none at all until the server closes (a hung server). */
    public record Reply(int status, Map<String, String> headers, byte[] body, boolean hangs) {

        public static Reply json(int status, String json) {
            return new Reply(
                    status, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8), false);
        }

        public static Reply json(int status, String json, String header, String value) {
            return new Reply(
                    status,
                    Map.of("Content-Type", "application/json", header, value),
                    json.getBytes(StandardCharsets.UTF_8),
                    false);
        }

        public static Reply bytes(String contentType, byte[] body) {
            return new Reply(200, Map.of("Content-Type", contentType), body, false);
        }

        public static Reply hang() {
            return new Reply(0, Map.of(), new byte[0], true);
        }
    }

    private final HttpServer server;
    private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Function<Seen, Reply>> routes = new LinkedHashMap<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    public FakeModelServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
    }

    /** Answers requests whose path starts with {@code prefix} (longest prefix wins). */
    public FakeModelServer route(String prefix, Function<Seen, Reply> answer) {
        routes.put(prefix, answer);
        return this;
    }

    public URI base(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public List<Seen> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    public List<Seen> seen(String pathPrefix) {
        return seen().stream().filter(s -> s.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Seen request = new Seen(
                exchange.getRequestMethod(),
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(),
                body);
        seen.add(request);
        Function<Seen, Reply> route = routes.entrySet().stream()
                .filter(e -> request.path().startsWith(e.getKey()))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()))
                .map(Map.Entry::getValue)
                .orElse(s -> Reply.json(404, "{\"error\":\"no route " + s.path() + "\"}"));
        Reply reply = route.apply(request);
        if (reply.hangs()) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
        if (reply.body().length > 0) {
            exchange.getResponseBody().write(reply.body());
        }
        exchange.close();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
