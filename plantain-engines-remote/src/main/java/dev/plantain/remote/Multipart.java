package dev.plantain.remote;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A {@code multipart/form-data} body (RFC 7578) of text fields and files, built in memory. */
public final class Multipart {

    private final String boundary = "plantain-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart field(String name, String value) {
        head("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    public Multipart file(String name, String filename, String contentType, byte[] content) {
        head("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    /** The value of the request's {@code Content-Type} header. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The finished body; no part may be added after. */
    public byte[] bytes() {
        ByteArrayOutputStream done = new ByteArrayOutputStream();
        done.writeBytes(body.toByteArray());
        done.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return done.toByteArray();
    }

    private void head(String headers) {
        body.writeBytes(("--" + boundary + "\r\n" + headers).getBytes(StandardCharsets.UTF_8));
    }
}
