package dev.plantain.upscaler.esrgan;

/** The ONNX messages a graph is made of besides its nodes: attributes, tensors and typed inputs and outputs. */
final class OnnxNodes {

    private static final int FLOAT = 1;

    private OnnxNodes() {}

    /** A node attribute: an integer, a list of integers or a string. */
    record Attribute(String name, long[] ints, String text, boolean list) {

        static Attribute of(String name, long... values) {
            return new Attribute(name, values, null, values.length != 1);
        }

        static Attribute of(String name, String value) {
            return new Attribute(name, null, value, false);
        }

        Protobuf encode() {
            Protobuf a = new Protobuf().string(1, name);
            if (text != null) {
                return a.string(4, text).varint(20, 3);
            }
            if (!list) {
                return a.varint(3, ints[0]).varint(20, 2);
            }
            for (long v : ints) {
                a.varint(8, v);
            }
            return a.varint(20, 7);
        }
    }

    static Protobuf tensor(String name, long[] dims, float[] values) {
        Protobuf t = new Protobuf();
        for (long d : dims) {
            t.varint(1, d);
        }
        return t.varint(2, FLOAT).string(8, name).bytes(9, OnnxGraph.littleEndian(values));
    }

    /** A float tensor of shape [1, 3, height, width] with symbolic height and width. */
    static Protobuf valueInfo(String name) {
        Protobuf shape = new Protobuf()
                .message(1, new Protobuf().varint(1, 1))
                .message(1, new Protobuf().varint(1, 3))
                .message(1, new Protobuf().string(2, name + "_height"))
                .message(1, new Protobuf().string(2, name + "_width"));
        Protobuf tensorType = new Protobuf().varint(1, FLOAT).message(2, shape);
        return new Protobuf().string(1, name).message(2, new Protobuf().message(1, tensorType));
    }
}
