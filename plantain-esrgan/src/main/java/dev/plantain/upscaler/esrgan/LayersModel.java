package dev.plantain.upscaler.esrgan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A TF.js layers model in memory: the layers of its Keras topology in execution order, and its weights by name
 * ({@code LAYER/kernel}, {@code LAYER/bias}).
 */
public record LayersModel(String name, List<KerasLayer> layers, Map<String, Tensor> weights) {

    public LayersModel {
        layers = List.copyOf(layers);
        weights = Map.copyOf(weights);
        if (layers.isEmpty() || !layers.get(0).kind().equals("InputLayer")) {
            throw new IllegalArgumentException(name + ": the first layer must be the input");
        }
    }

    public KerasLayer input() {
        return layers.get(0);
    }

    public KerasLayer output() {
        return layers.get(layers.size() - 1);
    }

    public Tensor weight(String name) {
        Tensor tensor = weights.get(name);
        if (tensor == null) {
            throw new IllegalArgumentException(this.name + " has no weight " + name);
        }
        return tensor;
    }

    /** The factor the network enlarges by: the product of its upsampling layers' factors. */
    public int scale() {
        return layers.stream()
                .filter(l -> l.factor() > 0)
                .mapToInt(KerasLayer::factor)
                .reduce(1, (a, b) -> a * b);
    }

    /**
     * How far, in input pixels, an output pixel can depend on the input: the deepest chain of convolution reaches,
     * those after upsampling counted in input pixels (rounded up). A tile with this much context on every side
     * computes exactly what the whole image would.
     */
    public int receptiveField() {
        Map<String, Double> reach = new HashMap<>();
        double scale = 1;
        for (KerasLayer layer : layers) {
            double before =
                    layer.inputs().stream().mapToDouble(reach::get).max().orElse(0);
            if (layer.factor() > 0) {
                scale *= layer.factor();
            }
            reach.put(layer.name(), before + layer.reach() / scale);
        }
        return (int) Math.ceil(reach.get(output().name()));
    }

    /**
     * Multiply-accumulates per input pixel: every convolution's kernel volume times the pixels it runs on (those
     * after an upsampling layer run on factor-squared as many).
     */
    public long macsPerPixel() {
        Map<String, Integer> factor = new HashMap<>();
        long macs = 0;
        for (KerasLayer layer : layers) {
            int f = layer.inputs().stream().mapToInt(factor::get).max().orElse(1) * Math.max(1, layer.factor());
            factor.put(layer.name(), f);
            if (layer.kind().equals("Conv2D")) {
                int[] s = weight(layer.name() + "/kernel").shape();
                macs += (long) s[0] * s[1] * s[2] * s[3] * f * f;
            }
        }
        return macs;
    }
}
