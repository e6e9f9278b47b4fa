package dev.plantain.art;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plantain's own drawings: each one is valid SVG, one connected piece (the verifier counts things as connected blobs,
 * so a drawing in two pieces would count as two), and fills its box the way the draft expects art to.
 */
class PlantainDrawingsTest {

    private static final int SIDE = 128;
    private static final Pattern DEFINED_ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    static Stream<String> drawings() {
        return ArtLibrary.set(ArtLibrary.PLANTAIN).ids().stream();
    }

    @Test
    void theSetHoldsEveryPartAndTheirIdsDoNotClash() throws IOException {
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (String part : ArtLibrary.PLANTAIN_PARTS) {
            JsonNode icons = part(part).path("icons");
            total += icons.size();
            icons.fieldNames().forEachRemaining(ids::add);
        }
        assertThat(ids).as("one id in one part only").hasSize(total);
        assertThat(ArtLibrary.set(ArtLibrary.PLANTAIN).ids()).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ArtLibrary.fluentFlat().has("plantain:snowball")).isTrue();
    }

    @Test
    void definitionIdsAreUniqueAcrossDrawings() {
        ArtLibrary set = ArtLibrary.set(ArtLibrary.PLANTAIN);
        List<String> defined = new ArrayList<>();
        for (String id : set.ids()) {
            Matcher m = DEFINED_ID.matcher(set.svg(id).orElseThrow());
            while (m.find()) {
                defined.add(m.group(1));
                assertThat(m.group(1)).as("a definition id in " + id).startsWith("plantain-" + id + "-");
            }
        }
        assertThat(defined).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("drawings")
    void isOnePieceThatFillsItsBox(String id) {
        BufferedImage image = ArtLibrary.fluentFlat().render(ArtLibrary.PLANTAIN + ":" + id, SIDE, SIDE);
        boolean[] ink = new boolean[SIDE * SIDE];
        int inked = 0;
        int minX = SIDE;
        int maxX = -1;
        int minY = SIDE;
        int maxY = -1;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                if (image.getRGB(x, y) >>> 24 >= 128) {
                    ink[y * SIDE + x] = true;
                    inked++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        assertThat(Math.max(maxX - minX, maxY - minY) + 1)
                .as(id + " spans most of its box on its long side")
                .isGreaterThanOrEqualTo(SIDE * 3 / 4);
        assertThat(inked).as(id + " has ink").isGreaterThan(SIDE * SIDE / 20);
        assertThat(largestPiece(ink)).as(id + " is one piece").isGreaterThanOrEqualTo(inked * 99 / 100);
    }

    /** The pixel count of the largest 8-connected piece of ink. */
    private static int largestPiece(boolean[] ink) {
        boolean[] seen = new boolean[ink.length];
        int largest = 0;
        Deque<Integer> todo = new ArrayDeque<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int size = 0;
            seen[start] = true;
            todo.push(start);
            while (!todo.isEmpty()) {
                int at = todo.pop();
                size++;
                int x = at % SIDE;
                int y = at / SIDE;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        int next = ny * SIDE + nx;
                        if (nx >= 0 && ny >= 0 && nx < SIDE && ny < SIDE && ink[next] && !seen[next]) {
                            seen[next] = true;
                            todo.push(next);
                        }
                    }
                }
            }
            largest = Math.max(largest, size);
        }
        return largest;
    }

    private static JsonNode part(String name) throws IOException {
        try (InputStream in = PlantainDrawingsTest.class.getResourceAsStream("/art/plantain/" + name + ".json")) {
            assertThat(in).as("part " + name).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
