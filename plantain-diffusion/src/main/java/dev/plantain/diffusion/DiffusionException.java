package dev.plantain.diffusion;

/** A diffusion export that cannot be read or run: a missing file, an unexpected signature, an engine failure. */
public final class DiffusionException extends RuntimeException {

    public DiffusionException(String message) {
        super(message);
    }

    public DiffusionException(String message, Throwable cause) {
        super(message, cause);
    }
}
