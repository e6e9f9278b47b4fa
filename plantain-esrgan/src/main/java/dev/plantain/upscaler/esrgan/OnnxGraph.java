package dev.plantain.upscaler.esrgan;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a {@link LayersModel} as an ONNX model (opset 13, NCHW): Keras convolutions become Conv with OIHW kernels,
 * concatenation on channels becomes Concat on axis 1, nearest upsampling Resize, PixelShuffle DepthToSpace (DCR, the
 * order of TensorFlow's depth_to_space). The graph reads and writes 0-255 pixels whatever range the network uses.
 */
public final class OnnxGraph {

    static final String INPUT = "pixels";
    static final String OUTPUT = "upscaled";

    private final LayersModel model;
    private final float range;
    private final Protobuf graph = new Protobuf();
    private int nodes;

    private OnnxGraph(LayersModel model, float range) {
        this.model = model;
        this.range = range;
    }

    /** The serialized ONNX model of the network, for pixels in 0-255 whose network works in 0-{@code range}. */
    public static byte[] write(LayersModel model, float range) {
        return new OnnxGraph(model, range).build();
    }

    private byte[] build() {
        graph.string(2, model.name());
        for (KerasLayer layer : model.layers()) {
            layer(layer);
        }
        rescale(model.output().name(), OUTPUT, range == 255 ? 1 : 255 / range);
        graph.message(11, OnnxNodes.valueInfo(INPUT)).message(12, OnnxNodes.valueInfo(OUTPUT));
        return new Protobuf()
                .varint(1, 7)
                .string(2, "plantain")
                .message(7, graph)
                .message(8, new Protobuf().string(1, "").varint(2, 13))
                .toByteArray();
    }

    private void layer(KerasLayer layer) {
        String out = layer.name();
        switch (layer.kind()) {
            case "InputLayer" -> rescale(INPUT, out, range / 255);
            case "Conv2D" -> conv(layer);
            case "Activation" ->
                node("Relu", out, new OnnxNodes.Attribute[0], layer.inputs().get(0));
            case "Concatenate" ->
                node(
                        "Concat",
                        out,
                        new OnnxNodes.Attribute[] {OnnxNodes.Attribute.of("axis", 1)},
                        layer.inputs().toArray(String[]::new));
            case "Add" ->
                node("Sum", out, new OnnxNodes.Attribute[0], layer.inputs().toArray(String[]::new));
            case "MultiplyBeta" -> {
                graph.message(5, OnnxNodes.tensor(out + "/beta", new long[0], new float[] {0.2f}));
                node("Mul", out, new OnnxNodes.Attribute[0], layer.inputs().get(0), out + "/beta");
            }
            case "UpSampling2D" -> {
                int f = layer.factor();
                graph.message(5, OnnxNodes.tensor(out + "/scales", new long[] {4}, new float[] {1, 1, f, f}));
                node(
                        "Resize",
                        out,
                        new OnnxNodes.Attribute[] {
                            OnnxNodes.Attribute.of("mode", "nearest"),
                            OnnxNodes.Attribute.of("coordinate_transformation_mode", "asymmetric"),
                            OnnxNodes.Attribute.of("nearest_mode", "floor")
                        },
                        layer.inputs().get(0),
                        "",
                        out + "/scales");
            }
            case "PixelShuffle" ->
                node(
                        "DepthToSpace",
                        out,
                        new OnnxNodes.Attribute[] {
                            OnnxNodes.Attribute.of("blocksize", layer.factor()), OnnxNodes.Attribute.of("mode", "DCR")
                        },
                        layer.inputs().get(0));
            default -> throw new IllegalArgumentException("layer kind " + layer.kind() + " is not supported");
        }
    }

    private void conv(KerasLayer layer) {
        Tensor kernel = model.weight(layer.name() + "/kernel");
        int[] s = kernel.shape();
        graph.message(
                5, OnnxNodes.tensor(layer.name() + "/W", new long[] {s[3], s[2], s[0], s[1]}, kernel.hwioToOihw()));
        graph.message(
                5,
                OnnxNodes.tensor(
                        layer.name() + "/B",
                        new long[] {s[3]},
                        model.weight(layer.name() + "/bias").data()));
        int pad = layer.samePadding() ? (layer.kernel() - 1) / 2 : 0;
        String out = layer.relu() ? layer.name() + "/linear" : layer.name();
        node(
                "Conv",
                out,
                new OnnxNodes.Attribute[] {
                    OnnxNodes.Attribute.of("kernel_shape", s[0], s[1]),
                    OnnxNodes.Attribute.of("pads", pad, pad, pad, pad)
                },
                layer.inputs().get(0),
                layer.name() + "/W",
                layer.name() + "/B");
        if (layer.relu()) {
            node("Relu", layer.name(), new OnnxNodes.Attribute[0], out);
        }
    }

    private void rescale(String in, String out, float factor) {
        if (factor == 1) {
            node("Identity", out, new OnnxNodes.Attribute[0], in);
            return;
        }
        graph.message(5, OnnxNodes.tensor(out + "/range", new long[0], new float[] {factor}));
        node("Mul", out, new OnnxNodes.Attribute[0], in, out + "/range");
    }

    private void node(String op, String output, OnnxNodes.Attribute[] attributes, String... inputs) {
        Protobuf node = new Protobuf();
        for (String input : inputs) {
            node.string(1, input);
        }
        node.string(2, output).string(3, op + "_" + nodes++).string(4, op);
        for (OnnxNodes.Attribute attribute : attributes) {
            node.message(5, attribute.encode());
        }
        graph.message(1, node);
    }

    static byte[] littleEndian(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }
}
