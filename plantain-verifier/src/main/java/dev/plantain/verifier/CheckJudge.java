package dev.plantain.verifier;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.Entity;
import java.util.List;
import java.util.Optional;

/** Sends each check to the judge for its kind, and judges the simple kinds itself. */
final class CheckJudge {

    private final TextJudge text;
    private final IdentityJudge identity;

    CheckJudge(TextReader reader, ArtLibrary art) {
        this.text = new TextJudge(reader);
        this.identity = new IdentityJudge(art);
    }

    CheckResult judge(Check check, Scene scene) {
        return switch (check.kind()) {
            case COUNT -> CountJudge.judge(check, scene);
            case COLOR -> ColorJudge.judge(check, scene);
            case POSITION -> PositionJudge.judge(check, scene);
            case TEXT -> text.judge(check, scene);
            case CLIPPING -> clipping(check, scene);
            case CONTRAST -> ContrastJudge.judge(check, scene);
            case IDENTITY -> identity.judge(check, scene);
            case IMAGE ->
                Verdicts.of(
                        check,
                        true,
                        1,
                        String.format("a picture: %.0f%% foreground", 100 * scene.segmentation().foregroundShare),
                        null);
            default ->
                Verdicts.notVerified(check, "check kind " + check.kind().label() + " unknown to this verifier", null);
        };
    }

    private static CheckResult clipping(Check check, Scene scene) {
        Optional<Entity> entity = scene.entity(check.subject());
        if (entity.isEmpty()) {
            return Verdicts.unknownEntity(check, check.subject());
        }
        List<Component> found = scene.found(entity.get().id());
        if (found.isEmpty()) {
            return Verdicts.notVerified(check, "no " + entity.get().concept() + " found", scene.region(entity.get()));
        }
        List<Box> clipped = found.stream()
                .filter(Component::touchesEdge)
                .map(Component::box)
                .toList();
        String measured = clipped.isEmpty()
                ? "no " + entity.get().concept() + " touches the canvas edge"
                : clipped.size() + " " + Verdicts.noun(entity.get(), clipped.size()) + " cut by the canvas edge";
        Box region = clipped.isEmpty()
                ? scene.region(entity.get())
                : clipped.stream().reduce(Box::union).get();
        return Verdicts.of(check, clipped.isEmpty(), 1 - clipped.size() / (double) found.size(), measured, region);
    }
}
