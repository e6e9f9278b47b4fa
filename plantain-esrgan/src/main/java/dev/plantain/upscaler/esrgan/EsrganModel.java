package dev.plantain.upscaler.esrgan;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The packaged super-resolution weights of UpscalerJS: slim and medium are RDN networks on 0-255 pixels, thick an RRDN
 * on 0-1 pixels (their training loss is undocumented); psnr-small is idealo's RDN C3-D10 trained for PSNR
 * ({@code @upscalerjs/esrgan-legacy}, uint8-quantized weights) on 0-255 pixels. Slim and medium come in x2, x3 and x4;
 * thick and psnr-small in x2.
 */
public enum EsrganModel {
    SLIM("slim", 255),
    MEDIUM("medium", 255),
    THICK("thick", 1),
    PSNR_SMALL("psnr-small", 255);

    private final String id;
    private final float range;

    EsrganModel(String id, float range) {
        this.id = id;
        this.range = range;
    }

    /** The ids, for messages. */
    public static final String ALLOWED = "slim, medium, thick, psnr-small";

    /** The pixel value the network reads and writes as full intensity (255 or 1). */
    public float range() {
        return range;
    }

    /** The name in settings and resource paths: {@code slim}, {@code medium}, {@code thick}, {@code psnr-small}. */
    public String id() {
        return id;
    }

    /** {@code slim}, {@code medium}, {@code thick} or {@code psnr-small}. */
    public static EsrganModel of(String id) {
        for (EsrganModel model : values()) {
            if (model.id().equals(id)) {
                return model;
            }
        }
        throw new IllegalArgumentException("ESRGAN model '" + id + "'; allowed: " + ALLOWED);
    }

    /** The packaged weights for this size and scale. */
    public LayersModel load(int scale) {
        String prefix = "esrgan/" + id() + "/x" + scale + "/";
        ClassLoader loader = EsrganModel.class.getClassLoader();
        return LayersModelReader.read(
                "esrgan-" + id() + " x" + scale, name -> loader.getResourceAsStream(prefix + name));
    }

    /** Weights in a directory holding {@code model.json} and its shards. */
    public LayersModel load(Path directory) {
        return LayersModelReader.read(
                "esrgan-" + id() + " at " + directory,
                name -> Files.isRegularFile(directory.resolve(name))
                        ? Files.newInputStream(directory.resolve(name))
                        : null);
    }

    /** Whether the weights for this scale are packaged. */
    public boolean packaged(int scale) {
        try (InputStream in = EsrganModel.class
                .getClassLoader()
                .getResourceAsStream("esrgan/" + id() + "/x" + scale + "/model.json")) {
            return in != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
