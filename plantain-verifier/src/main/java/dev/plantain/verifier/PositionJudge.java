package dev.plantain.verifier;

import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a relation between two entity groups with GenEval's rule: the offset between the groups' centres, less a
 * margin of 0.1 of their summed sizes, must point mostly (over half its length) the asked way. "On top of" and
 * "under" read as above and below; "next to" asks for a horizontal gap under half the wider group's width, with
 * the groups' heights overlapping. "In front of" and "behind" are judged by where each group stands: the one nearer
 * the viewer stands lower, its lowest pixel at least {@value #DEPTH_SHARE} of its own height below the other's, and
 * the two overlap across (at least {@value #ACROSS_SHARE} of the narrower one) and share some height; which one is
 * drawn over the other is not judged.
 */
final class PositionJudge {

    static final double MARGIN = 0.1;

    /** How much lower the front group's foot must stand, as a share of its height (the layout gives it 0.08). */
    static final double DEPTH_SHARE = 0.02;

    /**
     * How much of the narrower of the two the pair must share across for one to stand in front of the other (people
     * labelling the pictures called a thing beside another "beside, not in front of it"); and they must share some
     * height, standing on the same ground.
     */
    static final double ACROSS_SHARE = 0.1;

    private PositionJudge() {}

    static CheckResult judge(Check check, Scene scene) {
        Optional<Entity> subject = scene.entity(check.subject());
        Optional<Entity> object = scene.entity(check.object());
        if (subject.isEmpty() || object.isEmpty()) {
            return Verdicts.unknownEntity(check, subject.isEmpty() ? check.subject() : check.object());
        }
        Optional<Component> a = scene.group(subject.get().id());
        Optional<Component> b = scene.group(object.get().id());
        if (a.isEmpty() || b.isEmpty()) {
            Entity missing = a.isEmpty() ? subject.get() : object.get();
            return Verdicts.notVerified(check, "no " + missing.concept() + " found to place", null);
        }
        Box region = a.get().box().union(b.get().box());
        String relation = check.expected() == null ? "" : check.expected();
        List<String> found = relations(a.get(), b.get());
        String words = subject.get().concept() + " is " + (found.isEmpty() ? "level with" : String.join(", ", found))
                + " " + object.get().concept();
        return switch (relation) {
            case "left-of", "right-of", "above", "below", "on-top-of", "under" -> {
                double along = along(a.get(), b.get(), relation);
                boolean passed = along > 0.5;
                yield Verdicts.of(
                        check,
                        passed,
                        passed ? 1 : Math.max(0, along) / 0.5,
                        "found " + words + ", expected " + relation,
                        region);
            }
            case "next-to" -> {
                boolean passed = nextTo(a.get().box(), b.get().box());
                yield Verdicts.of(check, passed, passed ? 1 : 0, "found " + words + ", expected next-to", region);
            }
            case "in-front-of", "behind" -> depth(check, a.get(), b.get(), subject.get(), object.get(), region);
            default ->
                Verdicts.notVerified(
                        check,
                        "relation '" + relation + "' cannot be judged from a flat layout in this version",
                        region);
        };
    }

    private static CheckResult depth(Check check, Component a, Component b, Entity subject, Entity object, Box region) {
        boolean subjectInFront = "in-front-of".equals(check.expected());
        Component front = subjectInFront ? a : b;
        Component back = subjectInFront ? b : a;
        String frontName = (subjectInFront ? subject : object).concept();
        String backName = (subjectInFront ? object : subject).concept();
        int across = Math.min(front.box().right(), back.box().right())
                - Math.max(front.box().x(), back.box().x());
        int neededAcross = (int) Math.ceil(
                ACROSS_SHARE * Math.min(front.box().width(), back.box().width()));
        int upright = Math.min(front.box().bottom(), back.box().bottom())
                - Math.max(front.box().y(), back.box().y());
        if (across < neededAcross || upright <= 0) {
            return Verdicts.of(
                    check,
                    false,
                    0,
                    "found the " + frontName + " beside or apart from the " + backName + " (" + Math.max(0, across)
                            + " px across in common, " + Math.max(0, upright) + " px of height in common), expected"
                            + " the " + frontName + " before the " + backName + ", covering at least " + neededAcross
                            + " px of it across",
                    region);
        }
        int lower = front.box().bottom() - back.box().bottom();
        int needed = (int) Math.ceil(DEPTH_SHARE * front.box().height());
        boolean passed = lower >= needed;
        return Verdicts.of(
                check,
                passed,
                passed ? 1 : Math.max(0, lower) / (double) Math.max(1, needed),
                "found the " + frontName + "'s foot " + lower + " px below the " + backName
                        + "'s, expected at least " + needed
                        + " (judged by where each stands, overlapping: nearer the viewer stands lower; which is drawn"
                        + " over the other is not judged)",
                region);
    }

    /** The share of the margin-reduced offset along the relation's direction, -1 to 1. */
    static double along(Component a, Component b, String relation) {
        double[] offset = revisedOffset(a, b);
        return switch (relation) {
            case "left-of" -> -offset[0];
            case "right-of" -> offset[0];
            case "above", "on-top-of" -> -offset[1];
            default -> offset[1];
        };
    }

    private static List<String> relations(Component a, Component b) {
        List<String> found = new ArrayList<>();
        for (String r : List.of("left-of", "right-of", "above", "below")) {
            if (along(a, b, r) > 0.5) {
                found.add(r);
            }
        }
        return found;
    }

    private static double[] revisedOffset(Component a, Component b) {
        double dx = a.centerX() - b.centerX();
        double dy = a.centerY() - b.centerY();
        double norm = Math.hypot(dx, dy);
        if (norm == 0) {
            return new double[] {0, 0};
        }
        double rx = Math.max(Math.abs(dx) - MARGIN * (a.box().width() + b.box().width()), 0) * Math.signum(dx);
        double ry = Math.max(Math.abs(dy) - MARGIN * (a.box().height() + b.box().height()), 0) * Math.signum(dy);
        return new double[] {rx / norm, ry / norm};
    }

    static boolean nextTo(Box a, Box b) {
        int gap = Math.max(a.x(), b.x()) - Math.min(a.right(), b.right());
        boolean level = Math.min(a.bottom(), b.bottom()) > Math.max(a.y(), b.y());
        return level && gap <= 0.5 * Math.max(a.width(), b.width());
    }
}
