package dev.plantain.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A provider's API key, given as a value or read once from a file (a mounted secret); its {@code toString} never
 * shows it, so no log line or exception message can carry it.
 */
public final class ApiKey {

    private static final ApiKey NONE = new ApiKey("");

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** No key: servers on a private network usually need none. */
    public static ApiKey none() {
        return NONE;
    }

    public static ApiKey of(String value) {
        return value == null || value.isBlank() ? NONE : new ApiKey(value.strip());
    }

    /** The key in {@code file}, surrounding whitespace (a trailing newline) removed. */
    public static ApiKey fromFile(Path file) {
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API key file " + file, e);
        }
    }

    /** The value when given, else the file's content when a file is named, else none. */
    public static ApiKey of(Optional<String> value, Optional<Path> file) {
        if (value.isPresent() && !value.get().isBlank()) {
            return of(value.get());
        }
        return file.map(ApiKey::fromFile).orElse(NONE);
    }

    public boolean present() {
        return !value.isEmpty();
    }

    /** The secret itself, for the one header that carries it. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return present() ? "ApiKey[set]" : "ApiKey[none]";
    }
}
