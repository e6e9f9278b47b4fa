package dev.plantain.planner.layout;

import dev.plantain.plan.RelationKind;
import dev.plantain.planner.parse.ParsedPrompt.ParsedRelation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Relations as two acyclic orders over entities, left-to-right and top-to-bottom, plus each entity's vertical
 * alignment ({@link #align}) and horizontal alignment ({@link #across}, which draws next-to and in-front-of pairs
 * together), and a third acyclic order, front to back ({@link #frontOf}). A relation that would close a cycle
 * (contradictory prompts) is left out of the order.
 */
final class RelationGraph {

    final int size;
    final List<List<Integer>> rightward = new ArrayList<>();
    final List<List<Integer>> downward = new ArrayList<>();
    final Align[] align;
    final Align[] across;
    /** Who stands in front of whom: {@code frontOf.get(i)} lists the entities {@code i} is in front of. */
    final List<List<Integer>> frontOf = new ArrayList<>();

    private final int[] component;

    RelationGraph(int size, List<ParsedRelation> relations, SplittableRandom random) {
        this.size = size;
        this.align = new Align[size];
        this.across = new Align[size];
        this.component = new int[size];
        Arrays.fill(align, Align.CENTER);
        Arrays.fill(across, Align.CENTER);
        for (int i = 0; i < size; i++) {
            rightward.add(new ArrayList<>());
            downward.add(new ArrayList<>());
            frontOf.add(new ArrayList<>());
            component[i] = i;
        }
        for (ParsedRelation r : relations) {
            add(r, random);
        }
    }

    private void add(ParsedRelation r, SplittableRandom random) {
        int s = r.subject();
        int o = r.object();
        if (s == o) {
            return;
        }
        union(s, o);
        if (r.kind() == RelationKind.IN_FRONT_OF) {
            addEdge(frontOf, s, o);
        } else if (r.kind() == RelationKind.BEHIND) {
            addEdge(frontOf, o, s);
        }
        switch (r.kind()) {
            case LEFT_OF -> addEdge(rightward, s, o);
            case RIGHT_OF -> addEdge(rightward, o, s);
            case ABOVE -> addEdge(downward, s, o);
            case BELOW -> addEdge(downward, o, s);
            case ON_TOP_OF -> {
                addEdge(downward, s, o);
                alignOnce(s, Align.END);
                alignOnce(o, Align.START);
            }
            case UNDER -> {
                addEdge(downward, o, s);
                alignOnce(s, Align.START);
                alignOnce(o, Align.END);
            }
            case BETWEEN -> {
                union(s, r.second());
                if (!addEdge(rightward, o, s) || !addEdge(rightward, s, r.second())) {
                    addEdge(rightward, r.second(), s);
                    addEdge(rightward, s, o);
                }
            }
            default -> {
                boolean subjectFirst = random.nextBoolean();
                int left = subjectFirst ? s : o;
                int right = subjectFirst ? o : s;
                if (!addEdge(rightward, left, right)) {
                    addEdge(rightward, right, left);
                    int swap = left;
                    left = right;
                    right = swap;
                }
                if (r.kind() != RelationKind.INSIDE && across[left] == Align.CENTER && across[right] == Align.CENTER) {
                    // next-to and front-to-back pairs are drawn together; a front-to-back pair then overlaps
                    across[left] = Align.END;
                    across[right] = Align.START;
                }
            }
        }
    }

    private void alignOnce(int entity, Align a) {
        if (align[entity] == Align.CENTER) {
            align[entity] = a;
        }
    }

    private boolean addEdge(List<List<Integer>> edges, int from, int to) {
        if (reaches(edges, to, from, new boolean[size])) {
            return false;
        }
        if (!edges.get(from).contains(to)) {
            edges.get(from).add(to);
        }
        return true;
    }

    private static boolean reaches(List<List<Integer>> edges, int from, int to, boolean[] seen) {
        if (from == to) {
            return true;
        }
        seen[from] = true;
        for (int next : edges.get(from)) {
            if (!seen[next] && reaches(edges, next, to, seen)) {
                return true;
            }
        }
        return false;
    }

    /** A representative entity of the group connected to {@code entity} by any relation. */
    int component(int entity) {
        int root = entity;
        while (component[root] != root) {
            root = component[root];
        }
        return root;
    }

    private void union(int a, int b) {
        int ra = component(a);
        int rb = component(b);
        component[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** Each entity's rank in an order: the length of the longest chain of predecessors. */
    static int[] ranks(List<List<Integer>> edges, int size) {
        int[] rank = new int[size];
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int from = 0; from < size; from++) {
                for (int to : edges.get(from)) {
                    if (rank[to] < rank[from] + 1) {
                        rank[to] = rank[from] + 1;
                        changed = true;
                    }
                }
            }
        }
        return rank;
    }

    /** Raises {@code entity}'s rank to at least {@code value}, and its successors' after it. */
    static void raise(List<List<Integer>> edges, int[] rank, int entity, int value) {
        if (rank[entity] >= value) {
            return;
        }
        rank[entity] = value;
        for (int next : edges.get(entity)) {
            raise(edges, rank, next, value + 1);
        }
    }
}
