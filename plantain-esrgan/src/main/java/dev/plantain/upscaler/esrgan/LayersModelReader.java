package dev.plantain.upscaler.esrgan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a TF.js layers model: {@code model.json} (a Keras functional topology and a weights manifest) and its
 * little-endian weight shards, whose tensors follow one another in manifest order across the shards, each stored as
 * float32 or quantized to uint8 or uint16 (dequantized here, as TF.js does on load).
 */
public final class LayersModelReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> KINDS =
            Set.of("InputLayer", "Conv2D", "Activation", "Concatenate", "Add", "UpSampling2D", "MultiplyBeta");

    /** The files of one model: {@code model.json} and the shards it names, opened by name. */
    @FunctionalInterface
    public interface Files {
        /** The named file, or null when it does not exist. */
        InputStream open(String name) throws IOException;
    }

    private LayersModelReader() {}

    public static LayersModel read(String name, Files files) {
        try (InputStream json = files.open("model.json")) {
            if (json == null) {
                throw new ModelMissingException(name + ": model.json not found");
            }
            JsonNode root = MAPPER.readTree(json);
            List<KerasLayer> layers =
                    layers(name, root.path("modelTopology").path("model_config").path("config"));
            return new LayersModel(name, layers, weights(name, root.path("weightsManifest"), files));
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": unreadable model", e);
        }
    }

    private static List<KerasLayer> layers(String model, JsonNode config) {
        List<KerasLayer> layers = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (JsonNode layer : config.path("layers")) {
            String kind = layer.path("class_name").asText();
            String base = kind.startsWith("PixelShuffle") ? "PixelShuffle" : kind;
            JsonNode c = layer.path("config");
            String name = c.path("name").asText();
            if (!KINDS.contains(base) && !base.equals("PixelShuffle")) {
                throw new IllegalArgumentException(model + ": layer " + name + " is a " + kind + ", not supported");
            }
            List<String> inputs = new ArrayList<>();
            for (JsonNode node : layer.path("inbound_nodes").path(0)) {
                String input = node.path(0).asText();
                if (!known.contains(input)) {
                    throw new IllegalArgumentException(model + ": layer " + name + " reads " + input + " before it");
                }
                inputs.add(input);
            }
            String activation = c.path("activation").asText("linear");
            if (!activation.equals("linear") && !activation.equals("relu")) {
                throw new IllegalArgumentException(model + ": activation " + activation + " is not supported");
            }
            int factor = switch (base) {
                case "UpSampling2D" -> c.path("size").path(0).asInt();
                case "PixelShuffle" -> Integer.parseInt(kind.replaceAll("\\D", ""));
                default -> 0;
            };
            layers.add(new KerasLayer(
                    name,
                    base,
                    inputs,
                    c.path("kernel_size").path(0).asInt(0),
                    "same".equals(c.path("padding").asText()),
                    activation.equals("relu"),
                    factor));
            known.add(name);
        }
        return layers;
    }

    private static Map<String, Tensor> weights(String model, JsonNode manifest, Files files) throws IOException {
        Map<String, Tensor> weights = new LinkedHashMap<>();
        for (JsonNode group : manifest) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (JsonNode path : group.path("paths")) {
                try (InputStream shard = files.open(path.asText())) {
                    if (shard == null) {
                        throw new ModelMissingException(model + ": weight shard " + path.asText() + " not found");
                    }
                    shard.transferTo(bytes);
                }
            }
            ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
            for (JsonNode weight : group.path("weights")) {
                String name = weight.path("name").asText();
                if (!"float32".equals(weight.path("dtype").asText())) {
                    throw new IllegalArgumentException(model + ": weight " + name + " is not float32");
                }
                int[] shape = MAPPER.convertValue(weight.path("shape"), int[].class);
                int size = 1;
                for (int d : shape) {
                    size *= d;
                }
                float[] data = new float[size];
                try {
                    WeightCoding.of(model, name, weight.path("quantization")).decode(buffer, data);
                } catch (BufferUnderflowException e) {
                    throw new IllegalArgumentException(model + ": the shards end inside weight " + name, e);
                }
                weights.put(name, new Tensor(shape, data));
            }
            if (buffer.hasRemaining()) {
                throw new IllegalArgumentException(
                        model + ": " + buffer.remaining() + " bytes of the shards follow the last weight");
            }
        }
        return weights;
    }
}
