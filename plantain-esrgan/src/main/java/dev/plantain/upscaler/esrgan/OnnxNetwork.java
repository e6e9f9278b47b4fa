package dev.plantain.upscaler.esrgan;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Map;

/**
 * One ESRGAN network loaded once into DJL's ONNX Runtime engine: planar RGB pixels (0-255) in, planar RGB pixels
 * enlarged by the network's scale out. Not thread-safe (one predictor): callers serialise their calls.
 */
public final class OnnxNetwork implements AutoCloseable {

    private final Model model;
    private final Predictor<NDList, NDList> predictor;
    private final int scale;
    private final String name;

    private OnnxNetwork(Model model, Predictor<NDList, NDList> predictor, int scale, String name) {
        this.model = model;
        this.predictor = predictor;
        this.scale = scale;
        this.name = name;
    }

    /** Converts the network to ONNX and loads it on the device ({@code cpu}, {@code gpu}, {@code gpu:1}). */
    public static OnnxNetwork load(LayersModel layers, float range, String device) {
        DjlSetup.apply();
        Model model = Model.newInstance(layers.name(), Device.fromName(device), "OnnxRuntime");
        try {
            model.load(new ByteArrayInputStream(OnnxGraph.write(layers, range)), sessionOptions());
            return new OnnxNetwork(model, model.newPredictor(new NoopTranslator()), layers.scale(), layers.name());
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw new UpscalerException("cannot load " + layers.name() + " into ONNX Runtime: " + e.getMessage(), e);
        }
    }

    /**
     * ONNX Runtime's session: every graph optimisation, and one intra-op thread per processor the JVM may use (ONNX
     * Runtime's own default counts physical cores and ignores a container's CPU quota); operators run one after
     * another, each on all those threads.
     */
    static Map<String, String> sessionOptions() {
        return Map.of(
                "optLevel", "ALL_OPT",
                "intraOpNumThreads", String.valueOf(Runtime.getRuntime().availableProcessors()),
                "interOpNumThreads", "1",
                "executionMode", "SEQUENTIAL");
    }

    public int scale() {
        return scale;
    }

    /** Runs the network on a {@code 3 x height x width} planar image; returns {@code 3 x height*s x width*s}. */
    public float[] run(float[] planar, int height, int width) {
        try (NDManager manager = model.getNDManager().newSubManager()) {
            NDArray input = manager.create(FloatBuffer.wrap(planar), new Shape(1, 3, height, width));
            NDList output = predictor.predict(new NDList(input));
            return output.singletonOrThrow().toFloatArray();
        } catch (TranslateException e) {
            throw new UpscalerException(name + " failed on a " + width + "x" + height + " tile: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
