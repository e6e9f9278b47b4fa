package dev.plantain.render.stage;

import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Puts things where the prompt's relations and actions say, on the drawn ink rather than the boxes: a thing "on"
 * another rests its foot on the support's surface, centred over it, the support widened to hold it; a thing "in" a
 * container sits low inside it, behind its front; a thing "under" another stands at its foot; a rider sits astride
 * its mount's back; a partner of an action (walking a dog, holding an umbrella) stays beside the one who acts.
 * Deterministic: a pure function of the plan and the art.
 */
public final class Staging {

    /** The share of a support's ink width that the things resting on it may take up together. */
    private static final double SUPPORT_SHARE = 0.82;
    /** The share of a support's ink width that one thing resting on it alone may take up. */
    private static final double SINGLE_SHARE = 0.55;
    /** ...and on a support seen from above (a plate with its cutlery, a tray), whose ink is wider than its face. */
    private static final double FLAT_SHARE = 0.4;
    /** The widest a widened support may grow, as a share of the canvas width. */
    private static final double SUPPORT_MAX = 0.92;

    private final Stage stage;

    private Staging(Stage stage) {
        this.stage = stage;
    }

    /** The plan with its instances moved to stage every relation and action it can. */
    public static ScenePlan apply(ScenePlan plan, Ink ink) {
        Stage stage = new Stage(plan, ink);
        Staging staging = new Staging(stage);
        List<Relation> relations = supportsFirst(withNeighbours(plan.relations()));
        Set<String> rested = new HashSet<>();
        for (Relation r : relations) {
            if (stage.has(r.subject()) && stage.has(r.object())) {
                switch (r.relation()) {
                    case ON_TOP_OF -> {
                        if (rested.add(r.object())) {
                            staging.rest(restingOn(relations, r.object(), stage), r.object());
                        }
                    }
                    case INSIDE -> {
                        if (StageWords.holds(stage.concept(r.object()))) {
                            staging.contain(r.subject(), r.object());
                        }
                    }
                    case UNDER -> {
                        if (!StageWords.flies(stage.concept(r.object()))) {
                            staging.under(r.subject(), r.object());
                        }
                    }
                    default -> {}
                }
            }
        }
        for (Relation r : relations) {
            if (stage.has(r.subject()) && stage.has(r.object()) && !rested.contains(r.object())) {
                switch (r.relation()) {
                    case NEXT_TO -> new Neighbours(stage).beside(r.subject(), r.object());
                    case IN_FRONT_OF -> new Neighbours(stage).before(r.subject(), r.object());
                    case BEHIND -> new Neighbours(stage).before(r.object(), r.subject());
                    default -> {}
                }
            }
        }
        if (plan.graph() != null) {
            for (Atom atom : plan.graph().atoms()) {
                if ("action".equals(atom.type()) && stage.has(atom.subject()) && stage.has(atom.object())) {
                    new Actions(stage).stage(atom.value(), atom.subject(), atom.object());
                }
            }
        }
        return stage.plan();
    }

    /**
     * The entities staging draws touching or overlapping another (resting on it, inside it, under it, in front of
     * it, riding or holding it): a segmentation of the picture may see each such pair as one thing.
     */
    public static Set<String> composed(ScenePlan plan) {
        Set<String> composed = new HashSet<>();
        for (Relation r : withNeighbours(plan.relations())) {
            switch (r.relation()) {
                case ON_TOP_OF -> {
                    composed.add(r.subject());
                    composed.add(r.object());
                }
                case IN_FRONT_OF, BEHIND -> {
                    String front = r.relation() == RelationKind.IN_FRONT_OF ? r.subject() : r.object();
                    String back = r.relation() == RelationKind.IN_FRONT_OF ? r.object() : r.subject();
                    Optional<Entity> f = plan.entity(front);
                    Optional<Entity> b = plan.entity(back);
                    if (f.isPresent()
                            && b.isPresent()
                            && Neighbours.stages(f.get().concept(), b.get().concept())) {
                        composed.add(front);
                        composed.add(back);
                    }
                }
                case INSIDE, UNDER -> {
                    Optional<Entity> other = plan.entity(r.object());
                    boolean staged = other.isPresent()
                            && (r.relation() == RelationKind.INSIDE
                                    ? StageWords.holds(other.get().concept())
                                    : !StageWords.flies(other.get().concept()));
                    if (staged) {
                        composed.add(r.subject());
                        composed.add(r.object());
                    }
                }
                default -> {}
            }
        }
        if (plan.graph() != null) {
            for (Atom atom : plan.graph().atoms()) {
                if ("action".equals(atom.type()) && Actions.overlaps(atom.value())) {
                    composed.add(atom.subject());
                    composed.add(atom.object());
                }
            }
        }
        composed.remove(null);
        return composed;
    }

    /**
     * The entities drawn over another without a keyline: a container over what sits in it and a mount over its rider,
     * whose rim would eat the small part of the other that shows.
     */
    public static Set<String> unrimmed(ScenePlan plan) {
        Set<String> bare = new HashSet<>();
        plan.relations().stream()
                .filter(r -> r.relation() == RelationKind.INSIDE)
                .forEach(r -> bare.add(r.object()));
        if (plan.graph() != null) {
            for (Atom atom : plan.graph().atoms()) {
                if ("action".equals(atom.type()) && Actions.rides(atom.value()) && atom.object() != null) {
                    bare.add(atom.object());
                }
            }
        }
        return bare;
    }

    /**
     * Relations to a thing that rests on nothing first, so a stack is built from the bottom up and a thing in a box is
     * put in it after the box is set on its table.
     */
    private static List<Relation> supportsFirst(List<Relation> relations) {
        List<Relation> pending = new ArrayList<>(relations);
        List<Relation> ordered = new ArrayList<>();
        while (!pending.isEmpty()) {
            Set<String> resting = new HashSet<>();
            pending.stream().filter(r -> r.relation() == RelationKind.ON_TOP_OF).forEach(r -> resting.add(r.subject()));
            Relation next = pending.stream()
                    .filter(r -> !resting.contains(r.object()))
                    .findFirst()
                    .orElse(pending.get(0));
            pending.remove(next);
            ordered.add(next);
        }
        return ordered;
    }

    /**
     * "A next to B" where B rests on a support: A rests on it too ("a cup next to a laptop on a desk"), unless the
     * prompt puts A somewhere else already.
     */
    private static List<Relation> withNeighbours(List<Relation> relations) {
        List<Relation> all = new ArrayList<>(relations);
        for (Relation r : relations) {
            if (r.relation() == RelationKind.NEXT_TO && placed(relations, r.subject()) == null) {
                Relation support = placed(relations, r.object());
                if (support != null && support.relation() == RelationKind.ON_TOP_OF) {
                    all.add(new Relation(r.subject(), RelationKind.ON_TOP_OF, support.object(), null));
                }
            }
        }
        return all;
    }

    private static Relation placed(List<Relation> relations, String entity) {
        return relations.stream()
                .filter(r -> r.subject().equals(entity))
                .filter(r -> r.relation() == RelationKind.ON_TOP_OF || r.relation() == RelationKind.INSIDE)
                .findFirst()
                .orElse(null);
    }

    /** Every entity resting on the support, in the order they stand across. */
    private static List<String> restingOn(List<Relation> relations, String support, Stage stage) {
        return relations.stream()
                .filter(r ->
                        r.relation() == RelationKind.ON_TOP_OF && r.object().equals(support))
                .map(Relation::subject)
                .filter(stage::has)
                .distinct()
                .sorted(java.util.Comparator.comparingDouble(
                        id -> stage.boxes(id).get(0).centerX()))
                .toList();
    }

    /** Each instance of the subjects rests on one of the object's, spread across its surface. */
    private void rest(List<String> subjects, String object) {
        List<Box> supports = stage.boxes(object);
        List<List<int[]>> groups = new ArrayList<>();
        supports.forEach(b -> groups.add(new ArrayList<>()));
        int n = 0;
        for (int s = 0; s < subjects.size(); s++) {
            for (int i = 0; i < stage.boxes(subjects.get(s)).size(); i++) {
                groups.get(n++ % supports.size()).add(new int[] {s, i});
            }
        }
        for (int j = 0; j < supports.size(); j++) {
            if (!groups.get(j).isEmpty()) {
                restGroup(subjects, object, j, groups.get(j));
            }
        }
        subjects.forEach(subject -> stage.drawOver(subject, object));
    }

    private void restGroup(List<String> subjects, String object, int supportIndex, List<int[]> group) {
        Box support = stage.boxes(object).get(supportIndex);
        double needed = 0;
        for (int[] at : group) {
            needed += stage.ink(
                            subjects.get(at[0]),
                            stage.boxes(subjects.get(at[0])).get(at[1]))
                    .width();
        }
        double share = group.size() > 1
                ? SUPPORT_SHARE
                : StageWords.seenFromAbove(stage.concept(object)) ? FLAT_SHARE : SINGLE_SHARE;
        Box supportInk = stage.ink(object, support);
        if (needed > share * supportInk.width()) {
            double grow = Math.min(
                    needed / (share * supportInk.width()),
                    SUPPORT_MAX * stage.width() / Math.max(1.0, supportInk.width()));
            grow = Math.min(grow, 0.6 * stage.height() / Math.max(1.0, support.height()));
            if (grow > 1) {
                support = stage.clampX(Stage.aboutFoot(support, grow));
                stage.set(object, supportIndex, support);
                supportInk = stage.ink(object, support);
            }
        }
        double shrink = Math.min(1, share * supportInk.width() / Math.max(1.0, needed));
        double surface = supportInk.y() + StageWords.surfaceDepth(stage.concept(object)) * supportInk.height();
        double slot = supportInk.width() * SUPPORT_SHARE / group.size();
        double left = supportInk.centerX() - slot * group.size() / 2.0;
        for (int k = 0; k < group.size(); k++) {
            String subject = subjects.get(group.get(k)[0]);
            int i = group.get(k)[1];
            Box box = stage.boxes(subject).get(i);
            Box ink = stage.ink(subject, box);
            double scale = Math.min(shrink, 1.1 * supportInk.height() / Math.max(1.0, ink.height()));
            scale = Math.max(scale, Math.min(1, 0.35 * supportInk.width() / group.size() / Math.max(1.0, ink.width())));
            double x = group.size() == 1 ? supportInk.centerX() : left + slot * (k + 0.5);
            stage.set(subject, i, stage.placeInk(subject, box, scale, x, surface));
        }
    }

    /** The subject sits low in the container, its lower part hidden behind the container's front. */
    private void contain(String subject, String object) {
        List<Box> things = stage.boxes(subject);
        List<Box> containers = stage.boxes(object);
        for (int i = 0; i < things.size(); i++) {
            Box container = stage.ink(object, containers.get(i % containers.size()));
            Box box = things.get(i);
            Box ink = stage.ink(subject, box);
            double scale = Math.min(
                    0.62 * container.width() / Math.max(1.0, ink.width()),
                    0.8 * container.height() / Math.max(1.0, ink.height()));
            double tall = ink.height() * scale;
            double spread = containers.size() < things.size() ? (i / containers.size() - 0.5) * 0.2 : 0;
            double foot = container.y() + 0.75 * tall;
            stage.set(
                    subject,
                    i,
                    stage.placeInk(subject, box, scale, container.centerX() + spread * container.width(), foot));
        }
        stage.drawOver(object, subject);
    }

    /** The subject stands at the object's foot, a little in front of it, sized to fit beneath it. */
    private void under(String subject, String object) {
        List<Box> things = stage.boxes(subject);
        List<Box> covers = stage.boxes(object);
        for (int i = 0; i < things.size(); i++) {
            Box cover = stage.ink(object, covers.get(i % covers.size()));
            Box box = things.get(i);
            Box ink = stage.ink(subject, box);
            double scale = Math.min(
                    Math.min(0.5 * cover.height() / Math.max(1.0, ink.height()), 0.7 * cover.width() / ink.width()),
                    1.2);
            double foot = Math.min(stage.height() - 1.0, cover.bottom() + 0.04 * cover.height());
            stage.set(subject, i, stage.placeInk(subject, box, scale, cover.centerX(), foot));
        }
        stage.drawOver(subject, object);
    }
}
