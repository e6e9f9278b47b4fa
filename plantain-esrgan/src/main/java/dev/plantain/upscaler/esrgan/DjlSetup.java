package dev.plantain.upscaler.esrgan;

import java.nio.file.Path;

/**
 * Settings DJL reads once, when its engine first loads: offline (no hub, no metadata probe, no native downloads),
 * ONNX Runtime without PyTorch beside it, and a deliberate cache directory. Values already set by the operator
 * (system property or environment) win.
 */
public final class DjlSetup {

    /** The cache directory used when neither {@code DJL_CACHE_DIR} property nor environment variable is set. */
    public static final Path DEFAULT_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "plantain-djl");

    private DjlSetup() {}

    /** Applies the settings with the default cache directory. */
    public static void apply() {
        apply(DEFAULT_CACHE);
    }

    public static void apply(Path cacheDir) {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("ai.djl.onnx.disable_alternative", "true");
        if (System.getenv("DJL_CACHE_DIR") == null) {
            setIfAbsent("DJL_CACHE_DIR", cacheDir.toString());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
