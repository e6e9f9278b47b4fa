package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.TextSpec;
import dev.plantain.verifier.TextReader.TextLine;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * Reads the text standing at a planned text's box (grown by {@value #SEARCH_MARGIN} of its size on each side, for
 * drawing slack) and compares it with the requested text by normalized edit distance, ignoring case and spaces: it
 * passes at a distance of at most {@value #MAX_DISTANCE}, one slip per ten characters.
 */
final class TextJudge {

    static final double MAX_DISTANCE = 0.1;
    static final double SEARCH_MARGIN = 0.15;

    private final TextReader reader;

    TextJudge(TextReader reader) {
        this.reader = reader;
    }

    CheckResult judge(Check check, Scene scene) {
        Optional<TextSpec> spec = scene.plan().text(check.subject());
        String expected = check.expected() != null
                ? check.expected()
                : spec.map(TextSpec::content).orElse(null);
        Box planned = spec.map(TextSpec::box).orElse(null);
        if (expected == null) {
            return Verdicts.notVerified(check, "no text '" + check.subject() + "' in the plan", null);
        }
        if (reader.unavailable().isPresent()) {
            return Verdicts.notVerified(
                    check, "text not read: " + reader.unavailable().get(), planned);
        }
        List<TextLine> lines = reader.read(scene.image(), searchArea(planned, scene.image()));
        String read =
                String.join(" ", lines.stream().map(TextLine::text).toList()).strip();
        double distance = EditDistance.normalized(read, expected);
        boolean passed = !read.isEmpty() && distance <= MAX_DISTANCE;
        String measured = read.isEmpty()
                ? "read no text, expected '" + expected + "'"
                : String.format("read '%s' (distance %.2f), expected '%s'", read, distance, expected);
        Box region = lines.stream().map(TextLine::box).reduce(Box::union).orElse(planned);
        return Verdicts.of(check, passed, 1 - distance, measured, region);
    }

    private static Box searchArea(Box planned, BufferedImage image) {
        if (planned == null) {
            return null;
        }
        int dx = (int) Math.round(planned.width() * SEARCH_MARGIN);
        int dy = (int) Math.round(planned.height() * SEARCH_MARGIN);
        int x0 = Math.max(0, planned.x() - dx);
        int y0 = Math.max(0, planned.y() - dy);
        int x1 = Math.min(image.getWidth(), planned.right() + dx);
        int y1 = Math.min(image.getHeight(), planned.bottom() + dy);
        return x1 <= x0 || y1 <= y0 ? null : new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
