package dev.plantain.diffusion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLIP's byte-level BPE tokenizer, read from an export's {@code tokenizer/vocab.json} and {@code merges.txt}: text is
 * cleaned and lower-cased, split into words, each word's UTF-8 bytes mapped to printable characters and merged by rank,
 * then framed by the start and end tokens, truncated and padded to the model's context length.
 */
public final class ClipTokenizer {

    /** CLIP's context length: every prompt becomes this many token ids. */
    public static final int CONTEXT = 77;

    static final String START = "<|startoftext|>";
    static final String END = "<|endoftext|>";
    private static final String WORD_END = "</w>";
    private static final Pattern WORDS = Pattern.compile(
            "<\\|startoftext\\|>|<\\|endoftext\\|>|'s|'t|'re|'ve|'m|'ll|'d|\\p{L}+|\\p{N}|[^\\s\\p{L}\\p{N}]+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final Map<String, Integer> vocabulary;
    private final Map<String, Integer> ranks;
    private final char[] byteChars = byteChars();
    private final int start;
    private final int end;
    private final int pad;
    private final int length;

    ClipTokenizer(Map<String, Integer> vocabulary, List<String> merges, String padToken, int length) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.ranks = new HashMap<>();
        for (String merge : merges) {
            ranks.putIfAbsent(merge, ranks.size());
        }
        this.start = id(START);
        this.end = id(END);
        this.pad = padToken == null ? end : id(padToken);
        this.length = length;
    }

    /**
     * Reads {@code vocab.json} and {@code merges.txt} from a tokenizer directory; the pad token comes from {@code
     * special_tokens_map.json} when present (SD 2 pads with "!"), else the end token (SD 1).
     */
    public static ClipTokenizer load(Path directory) {
        ObjectMapper json = new ObjectMapper();
        try {
            Map<String, Integer> vocabulary = new HashMap<>();
            json.readTree(directory.resolve("vocab.json").toFile())
                    .fields()
                    .forEachRemaining(
                            e -> vocabulary.put(e.getKey(), e.getValue().asInt()));
            List<String> merges = Files.readAllLines(directory.resolve("merges.txt"), StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#version"))
                    .toList();
            String padToken = null;
            Path special = directory.resolve("special_tokens_map.json");
            if (Files.isRegularFile(special)) {
                JsonNode padNode = json.readTree(special.toFile()).path("pad_token");
                padToken = padNode.isTextual()
                        ? padNode.asText()
                        : padNode.path("content").asText(null);
            }
            return new ClipTokenizer(vocabulary, merges, padToken, CONTEXT);
        } catch (IOException | RuntimeException e) {
            throw new DiffusionException("cannot read the CLIP tokenizer in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The prompt as exactly {@link #CONTEXT} ids: start, at most 75 word pieces, end, then padding. */
    public long[] encode(String text) {
        List<Integer> pieces = new ArrayList<>();
        Matcher words = WORDS.matcher(clean(text));
        while (words.find()) {
            for (String piece : bpe(toByteChars(words.group())).split(" ")) {
                pieces.add(vocabulary.getOrDefault(piece, end));
            }
        }
        long[] ids = new long[length];
        Arrays.fill(ids, pad);
        ids[0] = start;
        int kept = Math.min(pieces.size(), length - 2);
        for (int i = 0; i < kept; i++) {
            ids[i + 1] = pieces.get(i);
        }
        ids[kept + 1] = end;
        return ids;
    }

    private static String clean(String text) {
        return text.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private String toByteChars(String word) {
        StringBuilder s = new StringBuilder();
        for (byte b : word.getBytes(StandardCharsets.UTF_8)) {
            s.append(byteChars[b & 0xff]);
        }
        return s.toString();
    }

    /** Merges a word's characters pair by pair, lowest rank first, into its word pieces joined by spaces. */
    private String bpe(String token) {
        List<String> word = new ArrayList<>();
        token.codePoints().forEach(c -> word.add(new String(Character.toChars(c))));
        word.set(word.size() - 1, word.get(word.size() - 1) + WORD_END);
        while (word.size() > 1) {
            int best = -1;
            int bestRank = Integer.MAX_VALUE;
            for (int i = 0; i + 1 < word.size(); i++) {
                Integer rank = ranks.get(word.get(i) + " " + word.get(i + 1));
                if (rank != null && rank < bestRank) {
                    bestRank = rank;
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            String first = word.get(best);
            String second = word.get(best + 1);
            List<String> merged = new ArrayList<>();
            for (int i = 0; i < word.size(); i++) {
                if (i + 1 < word.size()
                        && word.get(i).equals(first)
                        && word.get(i + 1).equals(second)) {
                    merged.add(first + second);
                    i++;
                } else {
                    merged.add(word.get(i));
                }
            }
            word.clear();
            word.addAll(merged);
        }
        return String.join(" ", word);
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new DiffusionException("the CLIP vocabulary has no " + token + " token");
        }
        return id;
    }

    /**
     * GPT-2's reversible byte-to-character table: printable Latin-1 bytes stand for themselves, the others for
     * characters from U+0100 on, so that every byte sequence is a string of visible characters.
     */
    private static char[] byteChars() {
        char[] table = new char[256];
        boolean[] printable = new boolean[256];
        for (int b = '!'; b <= '~'; b++) {
            printable[b] = true;
        }
        for (int b = 0xA1; b <= 0xAC; b++) {
            printable[b] = true;
        }
        for (int b = 0xAE; b <= 0xFF; b++) {
            printable[b] = true;
        }
        int next = 256;
        for (int b = 0; b < 256; b++) {
            table[b] = printable[b] ? (char) b : (char) next++;
        }
        return table;
    }
}
