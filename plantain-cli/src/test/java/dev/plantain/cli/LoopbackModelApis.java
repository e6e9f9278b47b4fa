package dev.plantain.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.plantain.image.ImageCodec;
import dev.plantain.messages.Json;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback server speaking two published wire formats, for a protocol test of the pipeline: the OpenAI Images API
 * ({@code /v1/images/generations}, {@code /v1/images/edits}; answers a made picture of the size asked, as
 * {@code b64_json}) and OpenAI-compatible chat completions ({@code /v1/chat/completions}; answers "Yes" with
 * first-token logprobs, except "No" the first time a question names {@link #REFUSED}). It draws nothing a prompt asks
 * for and judges nothing: it shows the services talk the formats, never how good any model is.
 */
final class LoopbackModelApis implements AutoCloseable {

    /** The word whose first question the judge answers "No", so one job takes a refine round. */
    static final String REFUSED = "balloon";

    /** A request as received: its path, its Authorization header and its body. */
    record Seen(String path, String authorization, String body) {}

    private static final Pattern SIZE = Pattern.compile("(\\d+)x(\\d+)");

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicBoolean refused = new AtomicBoolean();

    LoopbackModelApis() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/v1/images/generations", e -> answer(e, this::generated));
        server.createContext("/v1/images/edits", e -> answer(e, this::edited));
        server.createContext("/v1/chat/completions", e -> answer(e, this::judged));
        server.start();
    }

    /** The API base the engines are given, up to and including {@code /v1}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    List<Seen> seen(String path) {
        return seen.stream().filter(s -> s.path().endsWith(path)).toList();
    }

    private interface Handler {
        String answer(String body);
    }

    private void answer(HttpExchange exchange, Handler handler) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.ISO_8859_1);
        seen.add(new Seen(
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
        byte[] reply = handler.answer(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    private String generated(String body) {
        return image(read(body).path("size").asText());
    }

    /** Multipart: only the {@code size} field matters to the answer. */
    private String edited(String body) {
        Matcher m = Pattern.compile("name=\"size\"\r\n\r\n([^\r]+)").matcher(body);
        return image(m.find() ? m.group(1) : "");
    }

    private String judged(String body) {
        String question = "";
        for (JsonNode part : read(body).path("messages").path(0).path("content")) {
            if (part.path("type").asText().equals("text")) {
                question = part.path("text").asText();
            }
        }
        boolean no = question.toLowerCase(Locale.ROOT).contains(REFUSED) && refused.compareAndSet(false, true);
        String word = no ? "No" : "Yes";
        String other = no ? "Yes" : "No";
        return """
                {"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,
                 "message":{"role":"assistant","content":"%s"},
                 "logprobs":{"content":[{"token":"%s","logprob":-0.02,
                   "top_logprobs":[{"token":"%s","logprob":-0.02},{"token":"%s","logprob":-4.0}]}]},
                 "finish_reason":"stop"}]}""".formatted(word, word, word, other);
    }

    private static JsonNode read(String body) {
        try {
            return Json.MAPPER.readTree(body.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A made picture of the size asked: a sky, a ground and a few shapes, so no blank-image check trips. */
    private static String image(String size) {
        Matcher m = SIZE.matcher(size);
        if (!m.matches()) {
            throw new IllegalArgumentException("no size WxH in the request: '" + size + "'");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 230), 0, h, new Color(240, 240, 250)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(90, 160, 80));
        g.fillRect(0, h * 2 / 3, w, h / 3);
        g.setColor(new Color(210, 40, 40));
        g.fillOval(w / 5, h / 2, w / 5, w / 5);
        g.setColor(new Color(240, 200, 40));
        g.fillRect(w / 2, h / 3, w / 4, h / 4);
        g.setColor(new Color(40, 60, 200));
        g.fillOval(w * 3 / 4, h / 6, w / 8, w / 8);
        g.dispose();
        String png = Base64.getEncoder().encodeToString(ImageCodec.encodePng(image));
        return "{\"created\":1,\"data\":[{\"b64_json\":\"" + png + "\"}]}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
