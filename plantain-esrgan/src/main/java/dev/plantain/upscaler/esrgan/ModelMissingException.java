package dev.plantain.upscaler.esrgan;

/** The configured model's files are not where they should be: the upscaler falls back to classical resampling. */
public class ModelMissingException extends RuntimeException {

    public ModelMissingException(String message) {
        super(message);
    }
}
