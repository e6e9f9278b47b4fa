package dev.plantain.planner.layout;

import dev.plantain.planner.parse.ParsedPrompt.ParsedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Gives every entity a cell: entities joined by relations form a group laid out on its own small grid (column
 * order from left/right relations, row order from above/below ones); groups are packed onto shelves, the number
 * of shelves chosen so the smallest instance is as large as possible.
 */
final class SceneGrid {

    /** A group of related entities with their local columns and rows. */
    private record Group(List<Integer> members, int columns, int rows) {}

    private SceneGrid() {}

    static Cell[] cells(List<ParsedEntity> entities, RelationGraph graph, Cell area, SplittableRandom random) {
        int n = entities.size();
        int[] col = RelationGraph.ranks(graph.rightward, n);
        int[] row = RelationGraph.ranks(graph.downward, n);
        separate(graph, col, row);
        List<Group> groups = groups(graph, col, row);
        for (int i = groups.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            groups.set(i, groups.set(j, groups.get(i)));
        }
        List<List<Group>> best = null;
        double bestScore = -1;
        for (int k = 1; k <= groups.size(); k++) {
            List<List<Group>> shelves = shelves(groups, k);
            double score = score(shelves, entities, area);
            if (score > bestScore) {
                best = shelves;
                bestScore = score;
            }
        }
        Cell[] cells = new Cell[n];
        if (best != null) {
            place(best, col, row, area, cells);
        }
        return cells;
    }

    /** Moves entities of one group that landed on the same cell apart, keeping the left-to-right order. */
    private static void separate(RelationGraph graph, int[] col, int[] row) {
        boolean moved = true;
        while (moved) {
            moved = false;
            Map<List<Integer>, Integer> taken = new HashMap<>();
            for (int i = 0; i < graph.size && !moved; i++) {
                if (taken.putIfAbsent(List.of(graph.component(i), col[i], row[i]), i) != null) {
                    RelationGraph.raise(graph.rightward, col, i, col[i] + 1);
                    moved = true;
                }
            }
        }
    }

    private static List<Group> groups(RelationGraph graph, int[] col, int[] row) {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < graph.size; i++) {
            byRoot.computeIfAbsent(graph.component(i), r -> new ArrayList<>()).add(i);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            int columns = 0;
            int rows = 0;
            for (int m : members) {
                columns = Math.max(columns, col[m] + 1);
                rows = Math.max(rows, row[m] + 1);
            }
            groups.add(new Group(members, columns, rows));
        }
        return groups;
    }

    private static List<List<Group>> shelves(List<Group> groups, int k) {
        int total = groups.stream().mapToInt(Group::columns).sum();
        double target = (double) total / k;
        List<List<Group>> shelves = new ArrayList<>();
        List<Group> shelf = new ArrayList<>();
        int width = 0;
        for (Group g : groups) {
            if (!shelf.isEmpty() && width + g.columns() > target + 1e-9 && shelves.size() < k - 1) {
                shelves.add(shelf);
                shelf = new ArrayList<>();
                width = 0;
            }
            shelf.add(g);
            width += g.columns();
        }
        shelves.add(shelf);
        return shelves;
    }

    private static int width(List<Group> shelf) {
        return shelf.stream().mapToInt(Group::columns).sum();
    }

    private static int height(List<Group> shelf) {
        return shelf.stream().mapToInt(Group::rows).max().orElse(0);
    }

    private static double score(List<List<Group>> shelves, List<ParsedEntity> entities, Cell area) {
        Cell cell = unit(shelves, area);
        double smallest = Double.MAX_VALUE;
        for (ParsedEntity e : entities) {
            smallest = Math.min(smallest, cell.slot(e.count()));
        }
        return smallest;
    }

    private static Cell unit(List<List<Group>> shelves, Cell area) {
        int columns = shelves.stream().mapToInt(SceneGrid::width).max().orElse(1);
        int rows = shelves.stream().mapToInt(SceneGrid::height).sum();
        return new Cell(0, 0, area.width() / columns, area.height() / rows);
    }

    private static void place(List<List<Group>> shelves, int[] col, int[] row, Cell area, Cell[] cells) {
        Cell unit = unit(shelves, area);
        int columns = shelves.stream().mapToInt(SceneGrid::width).max().orElse(1);
        double top = area.y();
        for (List<Group> shelf : shelves) {
            double left = area.x() + (columns - width(shelf)) * unit.width() / 2;
            for (Group g : shelf) {
                double groupTop = top + (height(shelf) - g.rows()) * unit.height() / 2;
                for (int m : g.members()) {
                    cells[m] = new Cell(
                            left + col[m] * unit.width(),
                            groupTop + row[m] * unit.height(),
                            unit.width(),
                            unit.height());
                }
                left += g.columns() * unit.width();
            }
            top += height(shelf) * unit.height();
        }
    }
}
