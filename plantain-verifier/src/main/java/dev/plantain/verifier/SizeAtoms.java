package dev.plantain.verifier;

import dev.plantain.messages.AtomResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Atom;
import dev.plantain.plan.Box;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * "A big whale and a small dolphin", "a large blue box": a size word judged as a person sees it, by comparison. Among
 * other things, a big one is drawn at least as large as every other thing not also called big, a small one no larger
 * than any other thing not also called small; alone, a big one spans at least {@value #ALONE_BIG} of the canvas's
 * shorter side and a small one at most {@value #ALONE_SMALL}. Sizes in the world ("a large mouse beside an
 * elephant") are not judged: the comparison is of what is drawn.
 */
final class SizeAtoms {

    static final double ALONE_BIG = 0.4;
    static final double ALONE_SMALL = 0.35;

    private static final Set<String> BIG = Set.of("big", "large", "huge", "giant", "enormous", "massive", "gigantic");
    private static final Set<String> SMALL = Set.of("small", "little", "tiny", "miniature", "mini");

    private SizeAtoms() {}

    /** Whether this engine judges the size word. */
    static boolean judges(String value) {
        return BIG.contains(value) || SMALL.contains(value);
    }

    static AtomResult judge(Atom atom, Entity entity, AtomContext context) {
        Optional<Box> own = largest(entity.id(), context);
        if (own.isEmpty()) {
            return context.result(atom, CheckStatus.FAILED, "no " + entity.concept() + " found", List.of(), null);
        }
        boolean big = BIG.contains(atom.value());
        List<Entity> others = context.plan().entities().stream()
                .filter(e -> !e.id().equals(entity.id()))
                .filter(e -> !sameWord(e, big, context))
                .toList();
        long area = area(own.get());
        if (others.isEmpty()) {
            double side = Math.max(own.get().width(), own.get().height())
                    / (double) Math.min(context.plan().width(), context.plan().height());
            boolean passed = big ? side >= ALONE_BIG : side <= ALONE_SMALL;
            return context.result(
                    atom,
                    passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                    String.format(
                            Locale.ROOT,
                            "the %s spans %.0f%% of the canvas's shorter side, expected %s %.0f%%",
                            entity.concept(),
                            100 * side,
                            big ? "at least" : "at most",
                            100 * (big ? ALONE_BIG : ALONE_SMALL)),
                    List.of(),
                    own.get());
        }
        for (Entity other : others) {
            Optional<Box> theirs = largest(other.id(), context);
            if (theirs.isEmpty()) {
                continue;
            }
            long their = area(theirs.get());
            if (big ? area < their : area > their) {
                return context.result(
                        atom,
                        CheckStatus.FAILED,
                        "the " + entity.concept() + " is drawn " + (big ? "smaller" : "larger") + " than the "
                                + other.concept() + " (" + area + " against " + their + " px²)",
                        List.of(),
                        own.get().union(theirs.get()));
            }
        }
        return context.result(
                atom,
                CheckStatus.PASSED,
                "the " + entity.concept() + " is drawn " + (big ? "at least as large as" : "no larger than")
                        + " every other thing not also called " + atom.value(),
                List.of(),
                own.get());
    }

    /** Whether an entity is itself called big (or small), so the comparison leaves it out. */
    private static boolean sameWord(Entity other, boolean big, AtomContext context) {
        return context.plan().graph().atoms().stream()
                .filter(a -> other.id().equals(a.subject()) && "size".equals(a.type()))
                .anyMatch(a -> (big ? BIG : SMALL).contains(a.value()));
    }

    private static Optional<Box> largest(String entityId, AtomContext context) {
        return context.scene().found(entityId).stream()
                .map(Component::box)
                .max((a, b) -> Long.compare(area(a), area(b)));
    }

    private static long area(Box box) {
        return (long) box.width() * box.height();
    }
}
