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
 * relations, clipping and contrast from those pixels, checks each instance's shape against its planned art (a
 * same-style template check), and reads quoted text with the {@link TextReader} it is given; then judges every atom of
 * the plan's scene graph ({@link AtomJudge}).
 */
public final class PixelVerifier implements ImageVerifier {

    /** Why text checks are not verified when no reader is given. */
    static final String NO_OCR = "no OCR engine configured";

    private final ComponentAssigner assigner;
    private final CheckJudge judge;

    /** A verifier that knows the default art library's natural colours, and reads no text. */
    public PixelVerifier() {
        this(ArtLibrary.fluentFlat());
    }

    /**
     * A verifier that takes an entity's expected colours from its planned colour, else from its art in
     * {@code art}; with a null library it tells entities apart by position alone. It reads no text.
     */
    public PixelVerifier(ArtLibrary art) {
        this(art, TextReader.unavailable(NO_OCR));
    }

    /** As {@link #PixelVerifier(ArtLibrary)}, reading quoted text with {@code reader}, which the caller owns. */
    public PixelVerifier(ArtLibrary art, TextReader reader) {
        this.assigner = new ComponentAssigner(new EntitySignatures(art));
        this.judge = new CheckJudge(reader, art);
    }

    @Override
    public Verification verify(BufferedImage image, ScenePlan plan) {
        WorkingImage working = WorkingImage.of(image);
        Segmentation segmentation = Segmentation.of(working);
        Optional<String> problem = ImageSanity.problem(working, segmentation);
        List<CheckResult> results;
        Scene scene = null;
        if (problem.isPresent()) {
            results = plan.checks().stream()
                    .map(c -> Verdicts.failed(c, problem.get(), null))
                    .toList();
        } else {
            Map<String, List<Component>> groups = assigner.assign(plan, segmentation.components);
            scene = new Scene(plan, groups, segmentation, image);
            Scene judged = scene;
            results = plan.checks().stream().map(c -> judge.judge(c, judged)).toList();
        }
        var atoms = AtomJudge.judge(plan, results, scene, problem.orElse(null));
        return new Verification(results, atoms, OverlayPainter.paint(image, results));
    }
}
