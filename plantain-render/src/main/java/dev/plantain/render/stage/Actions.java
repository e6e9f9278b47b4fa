package dev.plantain.render.stage;

import dev.plantain.plan.Box;
import java.util.List;
import java.util.Locale;

/**
 * Actions drawn by composing their two parts: a rider astride its mount's back; a held or carried thing at the
 * hand of the one who holds it; a thing walked, led, pushed, pulled, fed or petted beside the one who does it, on
 * the same ground. Sizes follow the two things' heights in the world where {@link StageWords} knows them.
 */
final class Actions {

    private static final List<String> RIDE = List.of("rid");
    private static final List<String> HOLD = List.of("hold", "carr", "grip", "grasp", "wav", "lift");
    private static final List<String> BESIDE =
            List.of("walk", "lead", "push", "pull", "feed", "pet", "hug", "pat", "brush", "groom", "drag");

    private static final java.util.Set<String> WHEELED = java.util.Set.of(
            "bicycle",
            "bike",
            "motorcycle",
            "motorbike",
            "scooter",
            "skateboard",
            "unicycle",
            "tricycle",
            "moped",
            "wheelchair",
            "surfboard",
            "snowboard",
            "skis",
            "sled");

    private final Stage stage;

    Actions(Stage stage) {
        this.stage = stage;
    }

    /** Whether the verb is riding. */
    static boolean rides(String verb) {
        return verb != null && starts(verb.toLowerCase(Locale.ROOT), RIDE);
    }

    /** Whether the action's parts are drawn overlapping (a rider on its mount, a thing at the hand). */
    static boolean overlaps(String verb) {
        String v = verb == null ? "" : verb.toLowerCase(Locale.ROOT);
        return starts(v, RIDE) || starts(v, HOLD);
    }

    void stage(String verb, String subject, String object) {
        String v = verb == null ? "" : verb.toLowerCase(Locale.ROOT);
        if (starts(v, RIDE)) {
            ride(subject, object);
        } else if (starts(v, HOLD)) {
            beside(subject, object, true);
        } else if (starts(v, BESIDE)) {
            beside(subject, object, false);
        }
    }

    private static boolean starts(String verb, List<String> stems) {
        return stems.stream().anyMatch(verb::startsWith);
    }

    /** The rider's foot low on the mount's back, the rider drawn over it, a little taller than its back. */
    private void ride(String rider, String mount) {
        List<Box> riders = stage.boxes(rider);
        List<Box> mounts = stage.boxes(mount);
        for (int i = 0; i < riders.size(); i++) {
            Box back = stage.ink(mount, mounts.get(i % mounts.size()));
            Box box = riders.get(i);
            Box ink = stage.ink(rider, box);
            double ratio = ratio(rider, mount, 0.85);
            ratio = Math.max(0.7, Math.min(1.3, ratio * 0.8));
            double scale = ratio * back.height() / Math.max(1.0, ink.height());
            double spread = riders.size() > mounts.size() ? ((i / mounts.size()) - 0.5) * 0.3 : 0;
            // astride a wheeled mount the rider's feet reach its pedals, drawn over it; on an animal the rider sits
            // behind its near side, so the body hides the legs and the rider reads as seated on its back
            double foot = wheeled(mount)
                    ? back.bottom() - 0.12 * back.height()
                    : back.y() + 0.22 * back.height() + 0.45 * ink.height() * scale;
            stage.set(rider, i, stage.placeInk(rider, box, scale, back.centerX() + spread * back.width(), foot));
        }
        if (wheeled(mount)) {
            stage.drawOver(rider, mount);
        } else {
            stage.drawOver(mount, rider);
        }
    }

    /** The partner beside the actor, on the side where it already was: at the hand when held, else on the ground. */
    private void beside(String actor, String partner, boolean held) {
        Box actorBox = stage.boxes(actor).get(0);
        Box body = stage.ink(actor, actorBox);
        List<Box> partners = stage.boxes(partner);
        for (int i = 0; i < partners.size(); i++) {
            Box box = partners.get(i);
            Box ink = stage.ink(partner, box);
            double known = ratio(partner, actor, 0);
            double wanted = known > 0 ? known : Math.min(held ? 0.5 : 1.0, ink.height() / (double) body.height());
            wanted = Math.max(0.12, Math.min(1.6, wanted));
            double scale = wanted * body.height() / Math.max(1.0, ink.height());
            double w = ink.width() * scale;
            boolean right = facing(actor).orElse(box.centerX() >= actorBox.centerX());
            double offset = (i + 0.5) * w * 0.9;
            double x = right ? body.right() - 0.1 * body.width() + offset : body.x() + 0.1 * body.width() - offset;
            double foot = held ? body.y() + 0.6 * body.height() + ink.height() * scale / 2 : body.bottom();
            stage.set(partner, i, stage.placeInk(partner, box, scale, x, foot));
        }
        if (held) {
            stage.drawOver(partner, actor);
        }
    }

    /** Which way a walking or running figure faces (true: right); empty for art that faces nowhere in particular. */
    private java.util.Optional<Boolean> facing(String actor) {
        String art = stage.artId(actor);
        if (!art.contains("walking") && !art.contains("running")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(art.contains("facing-right"));
    }

    private boolean wheeled(String mount) {
        return WHEELED.contains(stage.concept(mount).toLowerCase(Locale.ROOT));
    }

    /** How tall the first thing is beside the second in the world, or {@code otherwise} when unknown. */
    private double ratio(String first, String second, double otherwise) {
        double a = StageWords.height(stage.concept(first));
        double b = StageWords.height(stage.concept(second));
        return a > 0 && b > 0 ? a / b : otherwise;
    }
}
