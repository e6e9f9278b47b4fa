package dev.plantain.diffusion;

import java.nio.file.Path;

/**
 * Settings DJL reads once, when its engine first loads: offline (no hub, no metadata probe, no native downloads),
 * ONNX Runtime without PyTorch beside it, and a deliberate cache directory. Values the operator set win.
 */
final class DjlSettings {

    private static final Path DEFAULT_CACHE = Path.of(System.getProperty("java.io.tmpdir"), "plantain-djl");

    private DjlSettings() {}

    static void apply() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("ai.djl.onnx.disable_alternative", "true");
        if (System.getenv("DJL_CACHE_DIR") == null) {
            setIfAbsent("DJL_CACHE_DIR", DEFAULT_CACHE.toString());
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
