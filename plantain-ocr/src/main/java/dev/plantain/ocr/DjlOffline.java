package dev.plantain.ocr;

/**
 * Keeps DJL off the network and on ONNX Runtime alone: both settings must be made before DJL's engine class loads,
 * and are left alone when the operator has set them.
 */
final class DjlOffline {

    private DjlOffline() {}

    static void ensure() {
        if (System.getProperty("ai.djl.offline") == null && System.getenv("DJL_OFFLINE") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        if (System.getProperty("ai.djl.onnx.disable_alternative") == null) {
            System.setProperty("ai.djl.onnx.disable_alternative", "true");
        }
    }
}
