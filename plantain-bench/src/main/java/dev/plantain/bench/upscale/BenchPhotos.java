package dev.plantain.bench.upscale;

import dev.plantain.bench.BenchImages;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Real photographs for the upscaler benchmark: scikit-image's test photos from Debian's {@code python3-skimage},
 * fetched at run time with {@code apt-get download} into a temporary directory and unpacked with {@code dpkg-deb -x}.
 * Only photos whose own description in the package ({@code skimage/data/_fetchers.py}) releases them into the public
 * domain or under CC0 are used, and each is checked for that statement before it is read; the package as a whole is
 * BSD-3-Clause (its Debian {@code copyright} file). Nothing is kept afterwards.
 */
final class BenchPhotos {

    /**
     * One photo the package ships.
     *
     * @param name its name in scikit-image ({@code skimage.data.NAME}), also its function in {@code _fetchers.py}
     * @param file its file under {@code skimage/data/}
     * @param licence the licence, as the table prints it
     * @param statement words its description in the package must contain for it to be used
     */
    record Photo(String name, String file, String licence, String statement) {}

    static final List<Photo> PHOTOS = List.of(
            new Photo("astronaut", "astronaut.png", "public domain (NASA)", "released into the public domain"),
            new Photo("chelsea", "chelsea.png", "CC0 (Stefan van der Walt)", "CC0 by the photographer"),
            new Photo("coffee", "coffee.png", "CC0 (Rachel Michetti)", "CC0 by the photographer"),
            new Photo("rocket", "rocket.jpg", "public domain (SpaceX)", "released in the public domain"),
            new Photo("camera", "camera.png", "CC0 (Lav Varshney), grey", "CC0 by the photographer"),
            new Photo("brick", "brick.png", "CC0 (CC0Textures), grey", "Creative Commons CC0"),
            new Photo("grass", "grass.png", "CC0 (linolafett), grey", "Creative Commons CC0"),
            new Photo("gravel", "gravel.png", "CC0 (CC0Textures), grey", "Creative Commons CC0"));

    private static final String DATA = "usr/lib/python3/dist-packages/skimage/data/";
    private static final String COPYRIGHT = "usr/share/doc/python3-skimage/copyright";

    /**
     * The photos read, with one note per photo (or per photo left out, and why), or none and the one line that says
     * why (apt unavailable, the download failed).
     */
    record Loaded(List<BenchImages.Named> photos, List<String> notes) {}

    private BenchPhotos() {}

    /**
     * Fetches the package and reads the photos; in quick mode only the first two, as centre crops of
     * {@code quickWidth x quickHeight}. Every photo is cropped to even sides so that halving it is exact.
     */
    static Loaded fetch(boolean quick, int quickWidth, int quickHeight) {
        return fetch("apt-get", quick, quickWidth, quickHeight);
    }

    /** As {@link #fetch(boolean, int, int)}, with the named apt-get program. */
    static Loaded fetch(String aptGet, boolean quick, int quickWidth, int quickHeight) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("plantain-skimage");
            String failure = run(dir, aptGet, "download", "python3-skimage");
            Path deb;
            try (Stream<Path> files = Files.list(dir)) {
                deb = files.filter(p -> p.toString().endsWith(".deb"))
                        .findFirst()
                        .orElse(null);
            }
            if (failure != null || deb == null) {
                return skipped("apt-get download python3-skimage: " + (failure == null ? "no .deb" : failure));
            }
            Path root = dir.resolve("x");
            failure = run(dir, "dpkg-deb", "-x", deb.toString(), root.toString());
            if (failure != null) {
                return skipped("dpkg-deb -x failed: " + failure);
            }
            return read(root, quick, quickWidth, quickHeight);
        } catch (IOException e) {
            return skipped(e.getMessage());
        } finally {
            delete(dir);
        }
    }

    private static Loaded read(Path root, boolean quick, int quickWidth, int quickHeight) throws IOException {
        String copyright = Files.readString(root.resolve(COPYRIGHT), StandardCharsets.UTF_8);
        String fetchers = Files.readString(root.resolve(DATA + "_fetchers.py"), StandardCharsets.UTF_8);
        List<BenchImages.Named> photos = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("Photographs: python3-skimage (Debian copyright file: "
                + (copyright.contains("Files: *\nCopyright: 2009-2018 the scikit-image team\nLicense: BSD-3-Clause")
                        ? "scikit-image, BSD-3-Clause"
                        : "read it, it changed")
                + "); each photo's licence as its own description in the package states it:");
        for (Photo photo : quick ? PHOTOS.subList(0, 2) : PHOTOS) {
            if (!describes(fetchers, photo)) {
                notes.add("- " + photo.name() + ": left out, its description no longer says \"" + photo.statement()
                        + "\"");
                continue;
            }
            BufferedImage image =
                    rgb(ImageIO.read(root.resolve(DATA + photo.file()).toFile()));
            int w = quick ? quickWidth : image.getWidth() & ~1;
            int h = quick ? quickHeight : image.getHeight() & ~1;
            photos.add(new BenchImages.Named(
                    "photo: " + photo.name(),
                    image.getSubimage((image.getWidth() - w) / 2, (image.getHeight() - h) / 2, w, h)));
            notes.add(BenchUpscaleCommand.f("- %s (%dx%d): %s", photo.name(), w, h, photo.licence()));
        }
        return new Loaded(photos, notes);
    }

    /** Whether the photo's function in {@code _fetchers.py} states its licence as expected. */
    static boolean describes(String fetchers, Photo photo) {
        String source = "\n" + fetchers;
        int start = source.indexOf("\ndef " + photo.name() + "(");
        if (start < 0) {
            return false;
        }
        int end = source.indexOf("\ndef ", start + 1);
        String description =
                source.substring(start, end < 0 ? source.length() : end).replaceAll("\\s+", " ");
        return description.contains(photo.statement()) && description.contains(photo.file());
    }

    /** 8-bit RGB; a grey photo's one sample copied to the three channels (no colour-space conversion). */
    static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Raster raster = image.getRaster();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (raster.getNumBands() == 1) {
                    int v = raster.getSample(x, y, 0);
                    out.setRGB(x, y, v << 16 | v << 8 | v);
                } else {
                    out.setRGB(x, y, image.getRGB(x, y) & 0xffffff);
                }
            }
        }
        return out;
    }

    private static Loaded skipped(String why) {
        return new Loaded(List.of(), List.of("Photographs skipped (" + why + "); made images only."));
    }

    /** Runs a command in {@code dir}; null when it succeeded, else why not. */
    private static String run(Path dir, String... command) {
        Path log = dir.resolve(Path.of(command[0]).getFileName() + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return command[0] + " took over 180 s";
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log);
                return command[0] + " exited " + process.exitValue()
                        + (lines.isEmpty() ? "" : ": " + lines.get(lines.size() - 1));
            }
            return null;
        } catch (IOException e) {
            return command[0] + " unavailable (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
