package dev.plantain.remote.comfyui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plantain.messages.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A team's ComfyUI workflow in API format (node id to {@code class_type} and {@code inputs}) with its named patch
 * points: each name ({@code prompt}, {@code seed}, {@code width}, {@code height}, {@code image}, {@code mask}) maps
 * to {@code NODE.INPUT}, the input of a node the engine fills in. Every point is checked when the file is loaded, so
 * a wrong workflow stops the service at start-up, not a job.
 */
public final class ComfyWorkflow {

    /** The patch point names the engines fill. */
    public static final Set<String> NAMES = Set.of("prompt", "seed", "width", "height", "image", "mask");

    private record Point(String node, String input) {}

    private final ObjectNode graph;
    private final Map<String, Point> points;

    private ComfyWorkflow(ObjectNode graph, Map<String, Point> points) {
        this.graph = graph;
        this.points = points;
    }

    public static ComfyWorkflow load(Path file, Map<String, String> points) {
        try {
            return of(Json.MAPPER.readTree(file.toFile()), points);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the ComfyUI workflow " + file, e);
        }
    }

    /**
     * @param graph the workflow in API format
     * @param points patch point name to {@code NODE.INPUT}, e.g. {@code prompt -> 6.text}
     */
    public static ComfyWorkflow of(JsonNode graph, Map<String, String> points) {
        if (!(graph instanceof ObjectNode object) || object.isEmpty()) {
            throw new IllegalArgumentException("a ComfyUI workflow in API format is a JSON object of nodes");
        }
        Map<String, Point> parsed = new LinkedHashMap<>();
        points.forEach((name, where) -> {
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown patch point '" + name + "'; known: " + NAMES);
            }
            int dot = where.lastIndexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("patch point " + name + " is '" + where + "'; write NODE.INPUT");
            }
            Point p = new Point(where.substring(0, dot), where.substring(dot + 1));
            JsonNode inputs = object.path(p.node()).path("inputs");
            if (!inputs.isObject() || !inputs.has(p.input())) {
                throw new IllegalArgumentException(
                        "patch point " + name + ": the workflow has no input '" + p.input() + "' on node " + p.node());
            }
            parsed.put(name, p);
        });
        return new ComfyWorkflow(object.deepCopy(), parsed);
    }

    /** Fails unless every named point is defined. */
    public ComfyWorkflow requiring(List<String> names) {
        for (String name : names) {
            if (!points.containsKey(name)) {
                throw new IllegalArgumentException("this workflow needs a '" + name + "' patch point");
            }
        }
        return this;
    }

    public boolean has(String name) {
        return points.containsKey(name);
    }

    /** A copy of the graph with the given points filled; values for points the workflow lacks are left out. */
    public ObjectNode patched(Map<String, Object> values) {
        ObjectNode copy = graph.deepCopy();
        values.forEach((name, value) -> {
            Point p = points.get(name);
            if (p != null) {
                ((ObjectNode) copy.get(p.node()).get("inputs")).set(p.input(), Json.MAPPER.valueToTree(value));
            }
        });
        return copy;
    }
}
