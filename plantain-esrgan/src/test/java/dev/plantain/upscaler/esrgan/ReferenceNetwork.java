package dev.plantain.upscaler.esrgan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same layers in plain Java, straight from their Keras definitions (HWC activations, HWIO kernels, zero padding
 * for {@code same}), written independently of the ONNX conversion to check it. Slow: for small crops only.
 */
final class ReferenceNetwork implements TiledInference.Network {

    /** An activation map: height x width x channels, channels last. */
    record Map3(int h, int w, int c, float[] v) {
        float at(int y, int x, int k) {
            return v[(y * w + x) * c + k];
        }
    }

    private final LayersModel model;
    private final float range;

    ReferenceNetwork(LayersModel model, float range) {
        this.model = model;
        this.range = range;
    }

    @Override
    public float[] run(float[] planar, int height, int width) {
        float[] hwc = new float[planar.length];
        int plane = height * width;
        for (int i = 0; i < plane; i++) {
            for (int k = 0; k < 3; k++) {
                hwc[i * 3 + k] = planar[k * plane + i] * range / 255;
            }
        }
        Map<String, Map3> values = new HashMap<>();
        for (KerasLayer layer : model.layers()) {
            List<Map3> in = layer.inputs().stream().map(values::get).toList();
            values.put(
                    layer.name(),
                    layer.kind().equals("InputLayer") ? new Map3(height, width, 3, hwc) : apply(layer, in));
        }
        Map3 out = values.get(model.output().name());
        float[] result = new float[out.v().length];
        int outPlane = out.h() * out.w();
        for (int i = 0; i < outPlane; i++) {
            for (int k = 0; k < 3; k++) {
                result[k * outPlane + i] = out.v()[i * 3 + k] * 255 / range;
            }
        }
        return result;
    }

    private Map3 apply(KerasLayer layer, List<Map3> in) {
        Map3 x = in.get(0);
        return switch (layer.kind()) {
            case "Conv2D" -> {
                Map3 y = conv(
                        x,
                        model.weight(layer.name() + "/kernel"),
                        model.weight(layer.name() + "/bias"),
                        layer.samePadding());
                yield layer.relu() ? relu(y) : y;
            }
            case "Activation" -> relu(x);
            case "Concatenate" -> concat(in);
            case "Add" -> add(in);
            case "MultiplyBeta" -> scaled(x, 0.2f);
            case "UpSampling2D" -> nearest(x, layer.factor());
            case "PixelShuffle" -> depthToSpace(x, layer.factor());
            default -> throw new IllegalArgumentException(layer.kind());
        };
    }

    static Map3 conv(Map3 x, Tensor kernel, Tensor bias, boolean same) {
        int kh = kernel.shape()[0];
        int kw = kernel.shape()[1];
        int ci = kernel.shape()[2];
        int co = kernel.shape()[3];
        int pad = same ? (kh - 1) / 2 : 0;
        int oh = x.h() + 2 * pad - kh + 1;
        int ow = x.w() + 2 * pad - kw + 1;
        float[] out = new float[oh * ow * co];
        for (int y = 0; y < oh; y++) {
            for (int xx = 0; xx < ow; xx++) {
                double[] acc = new double[co];
                for (int o = 0; o < co; o++) {
                    acc[o] = bias.data()[o];
                }
                for (int dy = 0; dy < kh; dy++) {
                    int sy = y + dy - pad;
                    if (sy < 0 || sy >= x.h()) {
                        continue;
                    }
                    for (int dx = 0; dx < kw; dx++) {
                        int sx = xx + dx - pad;
                        if (sx < 0 || sx >= x.w()) {
                            continue;
                        }
                        for (int i = 0; i < ci; i++) {
                            float v = x.at(sy, sx, i);
                            int k = ((dy * kw + dx) * ci + i) * co;
                            for (int o = 0; o < co; o++) {
                                acc[o] += v * kernel.data()[k + o];
                            }
                        }
                    }
                }
                for (int o = 0; o < co; o++) {
                    out[(y * ow + xx) * co + o] = (float) acc[o];
                }
            }
        }
        return new Map3(oh, ow, co, out);
    }

    static Map3 relu(Map3 x) {
        float[] v = x.v().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] = Math.max(0, v[i]);
        }
        return new Map3(x.h(), x.w(), x.c(), v);
    }

    static Map3 scaled(Map3 x, float f) {
        float[] v = x.v().clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= f;
        }
        return new Map3(x.h(), x.w(), x.c(), v);
    }

    static Map3 add(List<Map3> in) {
        float[] v = in.get(0).v().clone();
        for (Map3 other : in.subList(1, in.size())) {
            for (int i = 0; i < v.length; i++) {
                v[i] += other.v()[i];
            }
        }
        return new Map3(in.get(0).h(), in.get(0).w(), in.get(0).c(), v);
    }

    static Map3 concat(List<Map3> in) {
        int c = in.stream().mapToInt(Map3::c).sum();
        Map3 first = in.get(0);
        float[] v = new float[first.h() * first.w() * c];
        for (int p = 0; p < first.h() * first.w(); p++) {
            int at = p * c;
            for (Map3 m : in) {
                System.arraycopy(m.v(), p * m.c(), v, at, m.c());
                at += m.c();
            }
        }
        return new Map3(first.h(), first.w(), c, v);
    }

    static Map3 nearest(Map3 x, int f) {
        float[] v = new float[x.v().length * f * f];
        int w = x.w() * f;
        for (int y = 0; y < x.h() * f; y++) {
            for (int xx = 0; xx < w; xx++) {
                System.arraycopy(x.v(), ((y / f) * x.w() + xx / f) * x.c(), v, (y * w + xx) * x.c(), x.c());
            }
        }
        return new Map3(x.h() * f, w, x.c(), v);
    }

    /** TensorFlow's depth_to_space: out[y*f+i][x*f+j][k] = in[y][x][(i*f+j)*C+k]. */
    static Map3 depthToSpace(Map3 x, int f) {
        int c = x.c() / (f * f);
        int w = x.w() * f;
        float[] v = new float[x.v().length];
        for (int y = 0; y < x.h(); y++) {
            for (int xx = 0; xx < x.w(); xx++) {
                for (int i = 0; i < f; i++) {
                    for (int j = 0; j < f; j++) {
                        for (int k = 0; k < c; k++) {
                            v[((y * f + i) * w + xx * f + j) * c + k] = x.at(y, xx, (i * f + j) * c + k);
                        }
                    }
                }
            }
        }
        return new Map3(x.h() * f, w, c, v);
    }
}
