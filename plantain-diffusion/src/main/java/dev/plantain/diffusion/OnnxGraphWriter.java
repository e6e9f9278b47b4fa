package dev.plantain.diffusion;

import ai.onnx.proto.OnnxMl;
import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small ONNX graph being built with ONNX's own protobuf classes (from Tribuo's ONNX utilities): inputs and outputs
 * with symbolic or fixed dimensions, weights as initializers, and nodes, written as an opset-17 model.
 */
final class OnnxGraphWriter {

    private static final int IR_VERSION = 8;
    private static final int OPSET = 17;

    private final OnnxMl.GraphProto.Builder graph = OnnxMl.GraphProto.newBuilder();

    OnnxGraphWriter(String name) {
        graph.setName(name);
    }

    /** @param dims each a {@code String} (symbolic) or a number (fixed); none for a scalar */
    OnnxGraphWriter input(String name, TensorProto.DataType type, Object... dims) {
        graph.addInput(value(name, type, dims));
        return this;
    }

    OnnxGraphWriter output(String name, Object... dims) {
        graph.addOutput(value(name, TensorProto.DataType.FLOAT, dims));
        return this;
    }

    OnnxGraphWriter floats(String name, float[] values, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : dims) {
            t.addDims(d);
        }
        for (float v : values) {
            t.addFloatData(v);
        }
        graph.addInitializer(t);
        return this;
    }

    OnnxGraphWriter longs(String name, long... values) {
        TensorProto.Builder t = TensorProto.newBuilder()
                .setName(name)
                .setDataType(TensorProto.DataType.INT64_VALUE)
                .addDims(values.length);
        for (long v : values) {
            t.addInt64Data(v);
        }
        graph.addInitializer(t);
        return this;
    }

    /** A node with one output; attributes as name, value pairs (a {@code long[]} for ints, a Long for one int). */
    OnnxGraphWriter node(String op, String[] inputs, String output, Object... attributes) {
        NodeProto.Builder node =
                NodeProto.newBuilder().setOpType(op).setName(output).addOutput(output);
        for (String input : inputs) {
            node.addInput(input);
        }
        for (int i = 0; i < attributes.length; i += 2) {
            AttributeProto.Builder a = AttributeProto.newBuilder().setName((String) attributes[i]);
            Object value = attributes[i + 1];
            if (value instanceof long[] ints) {
                a.setType(AttributeProto.AttributeType.INTS);
                for (long v : ints) {
                    a.addInts(v);
                }
            } else if (value instanceof String s) {
                a.setType(AttributeProto.AttributeType.STRING).setS(com.google.protobuf.ByteString.copyFromUtf8(s));
            } else {
                a.setType(AttributeProto.AttributeType.INT).setI(((Number) value).longValue());
            }
            node.addAttribute(a);
        }
        graph.addNode(node);
        return this;
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        OnnxMl.ModelProto model = OnnxMl.ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("plantain-fixture")
                .addOpsetImport(OnnxMl.OperatorSetIdProto.newBuilder().setVersion(OPSET))
                .setGraph(graph)
                .build();
        try (OutputStream out = Files.newOutputStream(file)) {
            model.writeTo(out);
        }
    }

    private static ValueInfoProto value(String name, TensorProto.DataType type, Object... dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object d : dims) {
            TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
            if (d instanceof String s) {
                dim.setDimParam(s);
            } else {
                dim.setDimValue(((Number) d).longValue());
            }
            shape.addDim(dim);
        }
        return ValueInfoProto.newBuilder()
                .setName(name)
                .setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder()
                                .setElemType(type.getNumber())
                                .setShape(shape)))
                .build();
    }
}
