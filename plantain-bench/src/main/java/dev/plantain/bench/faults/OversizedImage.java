package dev.plantain.bench.faults;

import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobRequest;
import dev.plantain.messages.RefineJob;
import dev.plantain.messages.Stage;
import dev.plantain.messages.UpscaleJob;
import dev.plantain.messages.VerifyJob;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A valid PNG far beyond a stage's pixel limit that compresses to a few kilobytes (a decompression bomb), and the
 * job records that hand it to the stages that decode images.
 */
final class OversizedImage {

    private OversizedImage() {}

    /** A black 8-bit greyscale PNG of this size, written row by row so that it is never held decoded. */
    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream deflate =
                    new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
                byte[] row = new byte[width + 1]; // filter byte 0, then black pixels
                for (int y = 0; y < height; y++) {
                    deflate.write(row);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            DataOutputStream ihdr = new DataOutputStream(header);
            ihdr.writeInt(width);
            ihdr.writeInt(height);
            ihdr.write(new byte[] {8, 0, 0, 0, 0}); // 8 bits, greyscale, deflate, adaptive filtering, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", idat.toByteArray());
            chunk(png, "IEND", new byte[0]);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input record of a stage that decodes images (verifier, refiner, upscaler) for a job with this image. */
    static Object record(Stage stage, String jobId, UpscaleJob template, ImageRef image) {
        JobRequest t = template.request();
        JobRequest request = new JobRequest(
                jobId,
                t.prompt(),
                t.resolution(),
                t.aspectRatio(),
                t.seed(),
                Math.max(1, t.maxRefineRounds()),
                t.acceptance(),
                t.labels());
        return switch (stage) {
            case VERIFIER ->
                VerifyJob.builder()
                        .request(request)
                        .plan(template.plan())
                        .candidate(image)
                        .build();
            case REFINER ->
                RefineJob.builder()
                        .request(request)
                        .plan(template.plan())
                        .candidate(image)
                        .report(template.report())
                        .build();
            case UPSCALER ->
                new UpscaleJob(jobId, request, template.plan(), image, template.report(), List.of(), Map.of(), null);
            default -> throw new IllegalArgumentException(stage.label() + " decodes no image");
        };
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
