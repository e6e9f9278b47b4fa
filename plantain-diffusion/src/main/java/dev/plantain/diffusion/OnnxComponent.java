package dev.plantain.diffusion;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * One model of an export ({@code unet/model.onnx}, ...) loaded once into DJL's ONNX Runtime engine on a device, with
 * its declared signature. Each calling thread borrows a predictor of its own (DJL predictors are not thread-safe)
 * and hands it back, so there are as many predictors as threads running at once; all share the one loaded model.
 */
public final class OnnxComponent implements AutoCloseable {

    private final String name;
    private final Model model;
    private final OnnxSignature signature;
    private final ConcurrentLinkedDeque<Predictor<NDList, NDList>> idle = new ConcurrentLinkedDeque<>();
    private final List<Predictor<NDList, NDList>> all = new ArrayList<>();

    private OnnxComponent(String name, Model model, OnnxSignature signature) {
        this.name = name;
        this.model = model;
        this.signature = signature;
    }

    /** Loads {@code directory/model.onnx} (its external weights beside it) on {@code cpu}, {@code gpu} or {@code gpu:N}. */
    public static OnnxComponent load(Path directory, String device) {
        Path file = directory.resolve("model.onnx");
        if (!Files.isRegularFile(file)) {
            throw new DiffusionException("the export has no " + file);
        }
        OnnxSignature signature = OnnxSignature.read(file);
        DjlSettings.apply();
        String name = directory.getFileName().toString();
        Model model = Model.newInstance(name, Device.fromName(device), "OnnxRuntime");
        try {
            model.load(directory, "model", sessionOptions());
            return new OnnxComponent(name, model, signature);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new DiffusionException("cannot load " + file + " on " + device + ": " + e.getMessage(), e);
        }
    }

    /** Every graph optimisation, and one intra-op thread per processor the JVM may use (not ONNX Runtime's count). */
    private static Map<String, String> sessionOptions() {
        return Map.of(
                "optLevel", "ALL_OPT",
                "intraOpNumThreads", String.valueOf(Runtime.getRuntime().availableProcessors()),
                "interOpNumThreads", "1",
                "executionMode", "SEQUENTIAL");
    }

    public OnnxSignature signature() {
        return signature;
    }

    /** Runs the model on named inputs (converted to their declared element types); returns every output by name. */
    public Map<String, Tensor> run(Map<String, Tensor> inputs) {
        Predictor<NDList, NDList> predictor = borrow();
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDList list = new NDList();
            for (Map.Entry<String, Tensor> input : inputs.entrySet()) {
                NDArray array = toArray(manager, input.getKey(), input.getValue());
                array.setName(input.getKey());
                list.add(array);
            }
            NDList output = predictor.predict(list);
            Map<String, Tensor> result = new LinkedHashMap<>();
            for (NDArray array : output) {
                if (array.getDataType() != DataType.FLOAT32) {
                    throw new DiffusionException(name + " gives '" + array.getName() + "' as " + array.getDataType()
                            + "; only float32 outputs are supported (export in fp32)");
                }
                result.put(
                        array.getName(),
                        Tensor.of(array.toFloatArray(), array.getShape().getShape()));
            }
            return result;
        } catch (TranslateException | RuntimeException e) {
            throw new DiffusionException(name + " failed: " + e.getMessage(), e);
        } finally {
            idle.push(predictor);
        }
    }

    private NDArray toArray(NDManager manager, String input, Tensor tensor) {
        OnnxSignature.Port port = signature.inputs().get(input);
        if (port == null) {
            throw new DiffusionException(name + " has no input '" + input + "'; it has "
                    + signature.inputs().keySet());
        }
        Shape shape = new Shape(tensor.shape());
        return switch (port.type()) {
            case FLOAT -> manager.create(tensor.asFloats(), shape);
            case INT64 -> manager.create(tensor.asLongs(), shape);
            case INT32 -> {
                long[] longs = tensor.asLongs();
                int[] ints = new int[longs.length];
                for (int i = 0; i < ints.length; i++) {
                    ints[i] = Math.toIntExact(longs[i]);
                }
                yield manager.create(ints, shape);
            }
            default ->
                throw new DiffusionException(name + " takes '" + input + "' as " + port.type()
                        + "; only float32, int32 and int64 inputs are supported (export in fp32)");
        };
    }

    private Predictor<NDList, NDList> borrow() {
        Predictor<NDList, NDList> predictor = idle.poll();
        if (predictor != null) {
            return predictor;
        }
        synchronized (all) {
            predictor = model.newPredictor(new NoopTranslator());
            all.add(predictor);
            return predictor;
        }
    }

    /** Closes every predictor, then the model. */
    @Override
    public void close() {
        synchronized (all) {
            all.forEach(Predictor::close);
            all.clear();
            idle.clear();
        }
        model.close();
    }
}
