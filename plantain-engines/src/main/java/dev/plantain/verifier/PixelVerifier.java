package dev.plantain.verifier;

import dev.plantain.art.ArtLibrary;
import dev.plantain.messages.CheckResult;
import dev.plantain.plan.ScenePlan;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in verifier: segments the image's foreground from its background in CIELAB, labels connected
 * components with BoofCV, gives each to the planned entity it most plausibly depicts, and judges counts, colours,
 * relations and clipping from those pixels. It cannot read text yet, so text checks are never passed.
 */
public final class PixelVerifier implements ImageVerifier {

    private final ComponentAssigner assigner;

    /** A verifier that knows the default art library's natural colours, to tell entities apart. */
    public PixelVerifier() {
        this(ArtLibrary.fluentFlat());
    }

    /**
     * A verifier that takes an entity's expected colours from its planned colour, else from its art in
     * {@code art}; with a null library it tells entities apart by position alone.
     */
    public PixelVerifier(ArtLibrary art) {
        this.assigner = new ComponentAssigner(new EntitySignatures(art));
    }

    @Override
    public Verification verify(BufferedImage image, ScenePlan plan) {
        WorkingImage working = WorkingImage.of(image);
        Segmentation segmentation = Segmentation.of(working);
        Optional<String> problem = ImageSanity.problem(working, segmentation);
        List<CheckResult> results;
        if (problem.isPresent()) {
            results = plan.checks().stream().map(c -> Verdicts.failed(c, problem.get(), null)).toList();
        } else {
            Map<String, List<Component>> groups = assigner.assign(plan, segmentation.components);
            Scene scene = new Scene(plan, groups, segmentation);
            results = plan.checks().stream().map(c -> CheckJudge.judge(c, scene)).toList();
        }
        return new Verification(results, OverlayPainter.paint(image, results));
    }
}
