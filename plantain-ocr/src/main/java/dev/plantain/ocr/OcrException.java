package dev.plantain.ocr;

/** An OCR model that could not be loaded or run: DJL's checked exceptions, wrapped once at this boundary. */
public final class OcrException extends RuntimeException {

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
