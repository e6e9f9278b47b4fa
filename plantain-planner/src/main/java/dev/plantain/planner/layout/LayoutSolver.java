package dev.plantain.planner.layout;

import dev.plantain.plan.Box;
import dev.plantain.plan.EntitySize;
import dev.plantain.planner.parse.ParsedPrompt;
import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Solves a layout: a margin all round, a band at the bottom for text carriers, and the rest of the canvas split
 * into cells so every relation holds between the groups' centres. Boxes stay on the canvas and never overlap, except
 * where one entity stands in front of another ({@link FrontAndBack}). A text
 * written on an entity gets no band: its box lies on the lower middle of the entity's first instance, which is
 * drawn larger when it would be too small to carry legible text.
 */
public final class LayoutSolver {

    /** The margin as a share of the canvas's short side. */
    static final double MARGIN = 0.05;

    private static final double TEXT_BAND = 0.25;
    private static final double TEXT_BAND_MAX = 0.4;
    private static final double CARRIER_ASPECT = 3.5;
    /** An on-entity text box's share of its instance box: width, height and top. */
    private static final double ON_WIDTH = 0.66;

    private static final double ON_HEIGHT = 0.28;
    private static final double ON_TOP = 0.5;
    /** The least height of an on-entity text box, as a share of the canvas's short side, for legible text. */
    static final double MIN_ON_HEIGHT = 0.07;

    /** Every entity's instance boxes and draw order ({@link FrontAndBack}), and every text's carrier box. */
    public record Layout(List<List<Box>> instances, int[] drawOrders, List<Box> carriers) {}

    private LayoutSolver() {}

    public static Layout solve(ParsedPrompt parsed, int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int margin = (int) Math.ceil(MARGIN * Math.min(width, height));
        Cell usable = new Cell(margin, margin, Math.max(0, width - 2 * margin), Math.max(0, height - 2 * margin));
        int texts = (int) parsed.texts().stream().filter(t -> t.entity() < 0).count();
        List<ParsedEntity> entities = parsed.entities();
        Cell entityArea = usable;
        Cell textArea = usable;
        if (texts > 0 && !entities.isEmpty()) {
            double band = usable.height() * Math.min(TEXT_BAND_MAX, TEXT_BAND + 0.05 * (texts - 1));
            entityArea = new Cell(usable.x(), usable.y(), usable.width(), Math.max(0, usable.height() - band - margin));
            textArea = new Cell(usable.x(), usable.y() + usable.height() - band, usable.width(), band);
        }
        double minText = MIN_ON_HEIGHT * Math.min(width, height);
        RelationGraph graph = new RelationGraph(entities.size(), parsed.relations(), random);
        List<List<Box>> instances = instances(parsed, graph, entityArea, random, minText);
        FrontAndBack.overlap(instances, graph.frontOf, entityArea);
        List<Box> plates = carriers(texts, textArea);
        List<Box> boxes = new ArrayList<>();
        int plate = 0;
        for (ParsedPrompt.ParsedText text : parsed.texts()) {
            boxes.add(
                    text.entity() < 0
                            ? plates.get(plate++)
                            : onEntity(instances.get(text.entity()).get(0)));
        }
        return new Layout(instances, FrontAndBack.drawOrders(graph.frontOf, entities.size()), boxes);
    }

    private static List<List<Box>> instances(
            ParsedPrompt parsed, RelationGraph graph, Cell area, SplittableRandom random, double minText) {
        List<ParsedEntity> entities = parsed.entities();
        Cell[] cells = SceneGrid.cells(entities, graph, area, random);
        List<List<Box>> instances = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            ParsedEntity e = entities.get(i);
            List<Box> boxes = cells[i].boxes(e.count(), e.size(), graph.align[i], graph.across[i]);
            if (carries(parsed, i) && onEntity(boxes.get(0)).height() < minText) {
                boxes = cells[i].boxes(e.count(), EntitySize.HUGE, graph.align[i], graph.across[i]);
            }
            instances.add(boxes);
        }
        return instances;
    }

    private static boolean carries(ParsedPrompt parsed, int entity) {
        return parsed.texts().stream().anyMatch(t -> t.entity() == entity);
    }

    /** The box of a text written on an instance: centred across it, on its lower middle. */
    static Box onEntity(Box instance) {
        int w = (int) Math.round(instance.width() * ON_WIDTH);
        int h = (int) Math.round(instance.height() * ON_HEIGHT);
        return new Box(
                instance.x() + (instance.width() - w) / 2,
                instance.y() + (int) Math.round(instance.height() * ON_TOP),
                w,
                h);
    }

    /** Wide carrier boxes, one row each, centred in the text band. */
    private static List<Box> carriers(int texts, Cell area) {
        List<Box> boxes = new ArrayList<>();
        if (texts == 0) {
            return boxes;
        }
        double rowHeight = area.height() / texts;
        int h = (int) Math.floor(Math.min(rowHeight * 0.85, area.width() * 0.9 / CARRIER_ASPECT));
        int w = (int) Math.floor(Math.min(area.width() * 0.9, h * CARRIER_ASPECT));
        for (int i = 0; i < texts; i++) {
            double top = area.y() + i * rowHeight;
            boxes.add(new Box(
                    (int) Math.floor(area.x() + (area.width() - w) / 2),
                    (int) Math.floor(top + (rowHeight - h) / 2),
                    w,
                    h));
        }
        return boxes;
    }
}
