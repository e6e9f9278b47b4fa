package dev.plantain.upscaler.esrgan;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The packaged ESRGAN weights of UpscalerJS: slim and medium are RDN networks on 0-255 pixels, thick an RRDN on 0-1
 * pixels. Slim and medium come in x2, x3 and x4; thick in x2.
 */
public enum EsrganModel {
    SLIM(255),
    MEDIUM(255),
    THICK(1);

    private final float range;

    EsrganModel(float range) {
        this.range = range;
    }

    /** The pixel value the network reads and writes as full intensity (255 or 1). */
    public float range() {
        return range;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code slim}, {@code medium} or {@code thick}. */
    public static EsrganModel of(String id) {
        for (EsrganModel model : values()) {
            if (model.id().equals(id)) {
                return model;
            }
        }
        throw new IllegalArgumentException("ESRGAN model '" + id + "'; allowed: slim, medium, thick");
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
