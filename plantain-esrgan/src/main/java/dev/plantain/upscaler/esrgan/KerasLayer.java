package dev.plantain.upscaler.esrgan;

import java.util.List;
import java.util.Objects;

/**
 * One layer of a Keras functional model, reduced to what the ESRGAN networks use.
 *
 * @param name the layer's name, also the name of its output and the prefix of its weights
 * @param kind the Keras class: InputLayer, Conv2D, Activation, Concatenate, Add, UpSampling2D, MultiplyBeta,
 *     PixelShuffle
 * @param inputs the names of the layers it reads, in order
 * @param kernel a convolution's square kernel size, else 0
 * @param samePadding whether a convolution pads to keep the size (Keras {@code same})
 * @param relu whether the layer ends in a ReLU (an Activation layer, or a convolution's own activation)
 * @param factor the upsampling factor of UpSampling2D or PixelShuffle, else 0
 */
public record KerasLayer(
        String name, String kind, List<String> inputs, int kernel, boolean samePadding, boolean relu, int factor) {

    public KerasLayer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        inputs = List.copyOf(inputs);
    }

    /** How far, in input pixels, this layer looks beyond the pixel it writes. */
    int reach() {
        return kind.equals("Conv2D") && samePadding ? (kernel - 1) / 2 : 0;
    }
}
