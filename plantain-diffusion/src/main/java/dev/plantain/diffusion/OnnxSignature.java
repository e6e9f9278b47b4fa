package dev.plantain.diffusion;

import ai.onnx.proto.OnnxMl;
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model's inputs and outputs as its ONNX file declares them: names, element types and ranks. Read by streaming the
 * protobuf and skipping everything but the graph's input and output lists, so a multi-gigabyte UNet is not held in
 * memory twice.
 */
public record OnnxSignature(Map<String, Port> inputs, Map<String, Port> outputs) {

    /** The element types an export may use for an input. */
    public enum ElementType {
        FLOAT,
        FLOAT16,
        INT32,
        INT64,
        OTHER
    }

    /**
     * One declared input or output.
     *
     * @param dims each dimension's fixed size, or -1 where it is symbolic
     */
    public record Port(String name, ElementType type, long[] dims) {

        public int rank() {
            return dims.length;
        }
    }

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_INPUT = 11;
    private static final int GRAPH_OUTPUT = 12;

    public OnnxSignature {
        inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    public Optional<Port> input(String name) {
        return Optional.ofNullable(inputs.get(name));
    }

    public Port requireInput(String name, Path file) {
        return input(name)
                .orElseThrow(() -> new DiffusionException(
                        file + " has no input '" + name + "'; its inputs are " + inputs.keySet()));
    }

    public static OnnxSignature read(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            CodedInputStream model = CodedInputStream.newInstance(in);
            model.setSizeLimit(Integer.MAX_VALUE);
            while (!model.isAtEnd()) {
                int tag = model.readTag();
                if (WireFormat.getTagFieldNumber(tag) == MODEL_GRAPH) {
                    model.pushLimit(model.readRawVarint32());
                    return readGraph(model);
                }
                model.skipField(tag);
            }
            throw new DiffusionException(file + " holds no ONNX graph");
        } catch (IOException e) {
            throw new DiffusionException("cannot read the ONNX model " + file + ": " + e.getMessage(), e);
        }
    }

    private static OnnxSignature readGraph(CodedInputStream graph) throws IOException {
        List<OnnxMl.ValueInfoProto> inputs = new ArrayList<>();
        List<OnnxMl.ValueInfoProto> outputs = new ArrayList<>();
        while (!graph.isAtEnd()) {
            int tag = graph.readTag();
            int field = WireFormat.getTagFieldNumber(tag);
            if (field == GRAPH_INPUT) {
                inputs.add(OnnxMl.ValueInfoProto.parseFrom(graph.readBytes()));
            } else if (field == GRAPH_OUTPUT) {
                outputs.add(OnnxMl.ValueInfoProto.parseFrom(graph.readBytes()));
            } else {
                graph.skipField(tag);
            }
        }
        return new OnnxSignature(ports(inputs), ports(outputs));
    }

    private static Map<String, Port> ports(List<OnnxMl.ValueInfoProto> values) {
        Map<String, Port> ports = new LinkedHashMap<>();
        for (OnnxMl.ValueInfoProto value : values) {
            OnnxMl.TypeProto.Tensor tensor = value.getType().getTensorType();
            long[] dims = tensor.getShape().getDimList().stream()
                    .mapToLong(d -> d.hasDimValue() ? d.getDimValue() : -1)
                    .toArray();
            ports.put(value.getName(), new Port(value.getName(), type(tensor.getElemType()), dims));
        }
        return ports;
    }

    private static ElementType type(int onnxType) {
        return switch (onnxType) {
            case OnnxMl.TensorProto.DataType.FLOAT_VALUE -> ElementType.FLOAT;
            case OnnxMl.TensorProto.DataType.FLOAT16_VALUE -> ElementType.FLOAT16;
            case OnnxMl.TensorProto.DataType.INT32_VALUE -> ElementType.INT32;
            case OnnxMl.TensorProto.DataType.INT64_VALUE -> ElementType.INT64;
            default -> ElementType.OTHER;
        };
    }
}
