package dev.plantain.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.function.IntUnaryOperator;
import java.util.zip.DeflaterOutputStream;

/** A test PNG writer that filters each row with the filter type asked for it, so a reader meets all five. */
final class FilteredPng {

    private FilteredPng() {}

    static byte[] encode(BufferedImage image, IntUnaryOperator filterOfRow) throws IOException {
        int width = image.getWidth();
        int stride = 3 * width;
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(data)) {
            byte[] previous = new byte[stride];
            for (int y = 0; y < image.getHeight(); y++) {
                byte[] row = new byte[stride];
                for (int x = 0; x < width; x++) {
                    int p = image.getRGB(x, y);
                    row[3 * x] = (byte) (p >> 16);
                    row[3 * x + 1] = (byte) (p >> 8);
                    row[3 * x + 2] = (byte) p;
                }
                int type = filterOfRow.applyAsInt(y);
                out.write(type);
                for (int i = 0; i < stride; i++) {
                    int left = i < 3 ? 0 : row[i - 3] & 0xff;
                    int up = previous[i] & 0xff;
                    int upLeft = i < 3 ? 0 : previous[i - 3] & 0xff;
                    int predictor = switch (type) {
                        case 0 -> 0;
                        case 1 -> left;
                        case 2 -> up;
                        case 3 -> (left + up) / 2;
                        default -> paeth(left, up, upLeft);
                    };
                    out.write((row[i] & 0xff) - predictor);
                }
                previous = row;
            }
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(image.getHeight());
        fields.write(new byte[] {8, 2, 0, 0, 0});
        StagePng.chunk(file, "IHDR", header.toByteArray());
        StagePng.chunk(file, "IDAT", data.toByteArray());
        StagePng.chunk(file, "IEND", new byte[0]);
        return file.toByteArray();
    }

    /** The predictor as the PNG specification defines it, written from its text. */
    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
