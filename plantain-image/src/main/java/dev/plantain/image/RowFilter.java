package dev.plantain.image;

/** PNG's five row filters, undone (PNG specification, section 9: None, Sub, Up, Average, Paeth). */
final class RowFilter {

    private RowFilter() {}

    /**
     * Writes the raw bytes of a row into {@code row}, from {@code filtered} (its filter type byte first) and the
     * previous row's raw bytes ({@code previous}, zeros for the first row).
     */
    static void undo(byte type, byte[] filtered, byte[] row, byte[] previous, int bytesPerPixel) {
        int n = row.length;
        switch (type) {
            case 0 -> System.arraycopy(filtered, 1, row, 0, n);
            case 1 -> {
                for (int i = 0; i < n; i++) {
                    row[i] = (byte) (filtered[i + 1] + (i < bytesPerPixel ? 0 : row[i - bytesPerPixel]));
                }
            }
            case 2 -> {
                for (int i = 0; i < n; i++) {
                    row[i] = (byte) (filtered[i + 1] + previous[i]);
                }
            }
            case 3 -> {
                for (int i = 0; i < n; i++) {
                    int left = i < bytesPerPixel ? 0 : row[i - bytesPerPixel] & 0xff;
                    row[i] = (byte) (filtered[i + 1] + ((left + (previous[i] & 0xff)) >>> 1));
                }
            }
            case 4 -> {
                for (int i = 0; i < n; i++) {
                    int left = i < bytesPerPixel ? 0 : row[i - bytesPerPixel] & 0xff;
                    int upLeft = i < bytesPerPixel ? 0 : previous[i - bytesPerPixel] & 0xff;
                    row[i] = (byte) (filtered[i + 1] + paeth(left, previous[i] & 0xff, upLeft));
                }
            }
            default ->
                throw new ImageDecodeException("unreadable image: PNG row filter " + type + " is not one of 0-4");
        }
    }

    private static int paeth(int left, int up, int upLeft) {
        int estimate = left + up - upLeft;
        int toLeft = Math.abs(estimate - left);
        int toUp = Math.abs(estimate - up);
        int toUpLeft = Math.abs(estimate - upLeft);
        if (toLeft <= toUp && toLeft <= toUpLeft) {
            return left;
        }
        return toUp <= toUpLeft ? up : upLeft;
    }
}
