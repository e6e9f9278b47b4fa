package dev.plantain.blob;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The address of a blob: {@code sha256:} and the 64 lowercase hex digits of the SHA-256 of its bytes. Nothing else
 * is accepted, so a reference can never name a path outside the store.
 */
public record BlobRef(String sha256) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final String SCHEME = "sha256:";

    public BlobRef {
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a blob reference: expected 'sha256:' and 64 lowercase hex digits");
        }
    }

    /** The reference of these bytes: their SHA-256. */
    public static BlobRef of(byte[] bytes) {
        try {
            return new BlobRef(HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }

    @JsonCreator
    public static BlobRef parse(String text) {
        if (text == null || !text.startsWith(SCHEME)) {
            throw new IllegalArgumentException("not a blob reference: expected 'sha256:' and 64 lowercase hex digits");
        }
        return new BlobRef(text.substring(SCHEME.length()));
    }

    @JsonValue
    @Override
    public String toString() {
        return SCHEME + sha256;
    }
}
