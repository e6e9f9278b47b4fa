package dev.plantain.upscaler.esrgan;

/** DJL's checked failures, and any engine failure, as one unchecked exception at the upscaler's boundary. */
public class UpscalerException extends RuntimeException {

    public UpscalerException(String message, Throwable cause) {
        super(message, cause);
    }
}
