package dev.plantain.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Generated hostile input for the requests topic: every record is wrong in some way a client could get wrong. */
final class MalformedRequests {

    /** A record to send: its key (the job id) and value. */
    record Request(String key, String value) {}

    private static final List<String> BAD_BODIES = List.of(
            "{\"prompt\": 42}",
            "{\"prompt\": [\"a\", \"cat\"]}",
            "{\"prompt\": null}",
            "{}",
            "{\"resolution\": \"2K\"}",
            "{\"prompt\": \"a cat\", \"resolution\": \"8K\"}",
            "{\"prompt\": \"a cat\", \"resolution\": 2}",
            "{\"prompt\": \"a cat\", \"aspectRatio\": \"1:9\"}",
            "{\"prompt\": \"a cat\", \"aspectRatio\": 1.5}",
            "{\"prompt\": \"a cat\", \"seed\": \"seven\"}",
            "{\"prompt\": \"a cat\", \"seed\": -1}",
            "{\"prompt\": \"a cat\", \"seed\": 1e400}",
            "{\"prompt\": \"a cat\", \"maxRefineRounds\": 99}",
            "{\"prompt\": \"a cat\", \"maxRefineRounds\": 2.5}",
            "{\"prompt\": \"a cat\", \"acceptance\": \"maybe\"}",
            "{\"prompt\": \"a cat\", \"labels\": [1, 2]}",
            "{\"prompt\": \"a cat\", \"labels\": {\"a\": {\"b\": 1}}}",
            "{\"prompt\": \"a cat\", \"jobId\": 12}",
            "[\"a cat\"]",
            "\"a cat\"",
            "{\"prompt\": \"a cat\"",
            "null",
            "");

    private MalformedRequests() {}

    /** {@code count} bad requests, each with its own key, reproducible from the seed. */
    static List<Request> generate(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Request> requests = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String key = "bad-" + i;
            requests.add(
                    switch (i % 5) {
                        case 0 -> new Request(key, BAD_BODIES.get(random.nextInt(BAD_BODIES.size())));
                        case 1 ->
                            new Request(key, "{\"prompt\": \"" + "a cat ".repeat(400 + random.nextInt(20_000)) + "\"}");
                        case 2 -> new Request(key, garbage(random));
                        case 3 -> new Request(hostileKey(i, random), "{\"prompt\": \"a cat\"}");
                        default ->
                            new Request(
                                    key,
                                    "{\"prompt\": \"a cat\", \"maxRefineRounds\": " + (9 + random.nextInt(1000)) + "}");
                    });
        }
        return requests;
    }

    private static String garbage(SplittableRandom random) {
        byte[] bytes = new byte[1 + random.nextInt(4096)];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String hostileKey(int i, SplittableRandom random) {
        return switch (random.nextInt(5)) {
            case 0 -> "../../etc/passwd-" + i;
            case 1 -> "job/" + i + "/../../x";
            case 2 -> "id-" + i + "-" + "x".repeat(200 + random.nextInt(5000));
            case 3 -> "id " + i + " with spaces\n and a newline";
            default -> "sha256:" + i + "\u0000\u202e";
        };
    }
}
