package dev.plantain.bench;

import dev.plantain.art.ArtLibrary;
import dev.plantain.draft.ComposingRenderer;
import dev.plantain.image.ImageCodec;
import dev.plantain.planner.RuleBasedPlanner;
import dev.plantain.upscaler.LanczosUpscaler;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encode and decode time and size of a real draft at 2K and its Lanczos x2 at 4K, in every lossless format the
 * stages' codec reads; decoding goes through that codec, as a stage loading a blob does.
 */
final class CodecBench {

    /** One format at one size: milliseconds to encode and to decode (medians), and bytes. */
    record Figure(double encode, double decode, int bytes) {}

    private CodecBench() {}

    static String run(boolean quick) {
        ArtLibrary art = ArtLibrary.fluentFlat();
        BufferedImage k2 = new ComposingRenderer(art)
                .draft(new RuleBasedPlanner(art).plan(BenchJobs.PROMPT, 2048, 2048, BenchJobs.SEED))
                .image();
        Map<String, BufferedImage> images = new LinkedHashMap<>();
        images.put("2K", k2);
        if (!quick) {
            images.put("4K", new LanczosUpscaler().upscale(k2, 4096, 4096));
        }
        int reps = quick ? 1 : 3;
        ImageCodec codec = new ImageCodec(ImageCodec.DEFAULT_MAX_PIXELS);
        List<String> header = new ArrayList<>(List.of("format"));
        images.keySet()
                .forEach(size -> header.addAll(List.of(size + " MB", size + " encode, ms", size + " decode, ms")));
        MarkdownTable table = new MarkdownTable(header.toArray(String[]::new));
        Map<ImageFormat, Figure> at2k = new LinkedHashMap<>();
        for (ImageFormat format : ImageFormat.candidates()) {
            List<Object> row = new ArrayList<>(List.of(format.name()));
            for (Map.Entry<String, BufferedImage> image : images.entrySet()) {
                Figure f = measure(format, image.getValue(), codec, reps);
                if (image.getKey().equals("2K")) {
                    at2k.put(format, f);
                }
                row.addAll(List.of(
                        Percentiles.num(f.bytes() / 1e6, 2),
                        Percentiles.num(f.encode(), 0),
                        Percentiles.num(f.decode(), 0)));
            }
            table.row(row.toArray());
        }
        BlobTimes blob = BlobTimes.measure(k2, quick ? 2 : 5);
        return table.render() + "\n" + verdict(at2k) + " The stages' own put and get of this 2K draft (PNG as the"
                + " blob store writes it, local directory): put " + blob.put().ms(0) + " ms, get "
                + blob.get().ms(0) + " ms (p50 / p99).\n";
    }

    private static Figure measure(ImageFormat format, BufferedImage image, ImageCodec codec, int reps) {
        List<Double> encodes = new ArrayList<>();
        List<Double> decodes = new ArrayList<>();
        byte[] bytes = format.encode(image);
        codec.decode(bytes);
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            bytes = format.encode(image);
            long encoded = System.nanoTime();
            ImageCodec.toRgb(codec.decode(bytes));
            encodes.add((encoded - start) / 1e6);
            decodes.add((System.nanoTime() - encoded) / 1e6);
        }
        return new Figure(Percentiles.of(encodes).p50(), Percentiles.of(decodes).p50(), bytes.length);
    }

    /** The format with the fastest round trip at 2K among those at most twice the default PNG's size. */
    private static String verdict(Map<ImageFormat, Figure> at2k) {
        Figure base = at2k.get(ImageFormat.PNG_DEFAULT);
        Map.Entry<ImageFormat, Figure> best = at2k.entrySet().stream()
                .filter(e -> e.getValue().bytes() <= 2L * base.bytes())
                .min(Comparator.comparingDouble(
                        e -> e.getValue().encode() + e.getValue().decode()))
                .orElseThrow();
        Figure f = best.getValue();
        return "At 2K the fastest round trip among formats at most twice the size of ImageIO's default PNG is **"
                + best.getKey().name() + "**: " + Percentiles.num(f.encode() + f.decode(), 0) + " ms to encode and"
                + " decode, " + Percentiles.num(f.bytes() / 1e6, 2) + " MB, against "
                + Percentiles.num(base.encode() + base.decode(), 0) + " ms and "
                + Percentiles.num(base.bytes() / 1e6, 2) + " MB for the default PNG.";
    }
}
