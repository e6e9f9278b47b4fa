package dev.plantain.messages;

import dev.plantain.blob.BlobRef;
import dev.plantain.plan.Atom;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.Box;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.CoverReason;
import dev.plantain.plan.Entity;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.SceneGraph;
import dev.plantain.plan.ScenePlan;
import dev.plantain.plan.TextSpec;
import dev.plantain.plan.WordNote;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Small, complete records of every kind, for round-trip and schema tests. */
public final class Samples {

    private Samples() {}

    public static JobRequest request() {
        return new JobRequest(
                "job-1",
                "two red apples left of a cat",
                Resolution.R4K,
                AspectRatio.parse("16:9"),
                42L,
                2,
                Acceptance.STRICT,
                Map.of("team", "search"));
    }

    /** A best-effort 2K 16:9 request of the sample plan's prompt, as the services' wiring tests send it. */
    public static JobRequest request(String jobId) {
        return new JobRequest(
                jobId,
                "two red apples left of a cat",
                Resolution.R2K,
                AspectRatio.parse("16:9"),
                42L,
                2,
                Acceptance.BEST_EFFORT,
                Map.of());
    }

    /** A white image the size of the sample plan: a candidate with nothing drawn. */
    public static java.awt.image.BufferedImage blankCandidate() {
        var blank = new java.awt.image.BufferedImage(2048, 1152, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var g = blank.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 2048, 1152);
        g.dispose();
        return blank;
    }

    public static ImageRef image(String seed) {
        return new ImageRef(BlobRef.of(seed.getBytes(StandardCharsets.UTF_8)), 2048, 1152);
    }

    public static ScenePlan plan() {
        return ScenePlan.builder("two red apples left of a cat", 2048, 1152)
                .seed(42)
                .background("white")
                .entities(List.of(
                        new Entity(
                                "e1",
                                "apples",
                                "apple",
                                "red-apple",
                                2,
                                "red",
                                EntitySize.MEDIUM,
                                List.of(new Box(100, 400, 300, 300), new Box(450, 400, 300, 300))),
                        new Entity(
                                "e2",
                                "cat",
                                "cat",
                                "cat",
                                1,
                                null,
                                EntitySize.BIG,
                                List.of(new Box(1400, 300, 400, 400)))))
                .relations(List.of(new Relation("e1", RelationKind.LEFT_OF, "e2")))
                .texts(List.of(new TextSpec("t1", "HELLO", "sign", new Box(800, 50, 400, 150))))
                .unrenderable(List.of("unicorns"))
                .checks(List.of(
                        new Check("count:e1", CheckKind.COUNT, "e1", null, "2"),
                        new Check("color:e1", CheckKind.COLOR, "e1", null, "red"),
                        new Check("position:e1:left-of:e2", CheckKind.POSITION, "e1", "e2", "left-of")))
                .setting("at night")
                .style("watercolour")
                .notDepicted(List.of("wooden: material not depicted"))
                .excluded(List.of("dog"))
                .choices(List.of("a few: 3"))
                .graph(new SceneGraph(
                        List.of("two", "red", "apples", "left", "of", "a", "cat"),
                        List.of(
                                new Atom(
                                        "a1",
                                        AtomKind.ENTITY,
                                        null,
                                        "e1",
                                        null,
                                        "apples",
                                        null,
                                        List.of(2),
                                        null,
                                        "Is there an apple?"),
                                new Atom(
                                        "a2",
                                        AtomKind.COUNT,
                                        null,
                                        "e1",
                                        null,
                                        "2",
                                        null,
                                        List.of(0),
                                        List.of("a1"),
                                        "Are there two apples?"),
                                new Atom(
                                        "a3",
                                        AtomKind.ENTITY,
                                        null,
                                        "e2",
                                        null,
                                        "cat",
                                        "a lion",
                                        List.of(6),
                                        null,
                                        "Is there a cat?"),
                                new Atom(
                                        "a4",
                                        AtomKind.RELATION,
                                        "spatial",
                                        "e1",
                                        "e2",
                                        "left-of",
                                        null,
                                        List.of(3, 4),
                                        List.of("a1", "a3"),
                                        "Are the apples left of the cat?")),
                        List.of(new WordNote(List.of(1), CoverReason.INTENSIFIER, "red"))))
                .build();
    }

    public static VerificationReport report(boolean passed) {
        return VerificationReport.of(
                List.of(
                        new CheckResult(
                                "count:e1",
                                CheckKind.COUNT,
                                "e1",
                                CheckStatus.PASSED,
                                1,
                                "found 2 apples, expected 2",
                                new Box(100, 400, 650, 300)),
                        new CheckResult(
                                "color:e1",
                                CheckKind.COLOR,
                                "e1",
                                passed ? CheckStatus.PASSED : CheckStatus.FAILED,
                                passed ? 1 : 0.2,
                                "mostly red (80%)",
                                null)),
                List.of(
                        new AtomResult(
                                "a1",
                                AtomKind.ENTITY,
                                CheckStatus.PASSED,
                                "pixels",
                                "an apple",
                                "template check passed",
                                List.of("identity:e1"),
                                new Box(100, 400, 650, 300)),
                        new AtomResult(
                                "a4",
                                AtomKind.RELATION,
                                passed ? CheckStatus.PASSED : CheckStatus.NOT_VERIFIED,
                                "pixels",
                                "the apples left of the cat",
                                passed ? "found apple is left-of cat" : "its parent a3 was not judged",
                                List.of(),
                                null)),
                image("overlay"));
    }

    public static List<RoundRecord> history() {
        return List.of(
                new RoundRecord(0, image("draft"), report(false), List.of()),
                new RoundRecord(1, image("round1"), report(true), List.of("recoloured apple #1: colour failed")));
    }

    public static JobResult succeeded() {
        return JobResult.builder()
                .jobId("job-1")
                .status(JobStatus.SUCCEEDED)
                .image(new ImageRef(BlobRef.of(new byte[] {1}), 4096, 2304))
                .rounds(1)
                .verified(true)
                .report(report(true))
                .history(history())
                .unrenderable(List.of("unicorns"))
                .timings(Map.of("plan", 3L, "draft", 400L))
                .labels(Map.of("team", "search"))
                .upscale(new Upscale(1536, 1024, new Box(0, 80, 1536, 864), 4096 / 1536.0, "lanczos3"))
                .build();
    }

    public static JobResult failed() {
        return JobResult.failed("job-2", "bad request: field 'prompt' is required", Map.of(), "replay-1");
    }

    public static JobEvent event() {
        return new JobEvent(
                "job-1",
                "verifier",
                JobEvent.Phase.FINISHED,
                1,
                1_790_000_000_000L,
                120,
                "2/2 checks passed",
                "4bf92f3577b34da6a3ce929d0e0e4736");
    }

    /** A progress event: a stage waiting for a dependency that is away. */
    public static JobEvent progress() {
        return new JobEvent(
                "job-1",
                "draft",
                JobEvent.Phase.PROGRESS,
                0,
                1_790_000_000_000L,
                0,
                "waiting for blob store, try 4, next in 8 s",
                null,
                4,
                null,
                8000L);
    }

    /** One record of every topic, by topic. */
    public static Map<Topic, Object> everyTopic() {
        JobRequest r = request();
        return Map.of(
                Topic.REQUESTS, r,
                Topic.DRAFT, new DraftJob("job-1", r, plan(), Map.of("plan", 3L), null),
                Topic.VERIFY,
                        VerifyJob.builder()
                                .request(r)
                                .plan(plan())
                                .candidate(image("draft"))
                                .timings(Map.of("draft", 400L))
                                .attempt("replay-1")
                                .build(),
                Topic.REFINE,
                        RefineJob.builder()
                                .request(r)
                                .plan(plan())
                                .candidate(image("draft"))
                                .report(report(false))
                                .history(history().subList(0, 1))
                                .build(),
                Topic.UPSCALE,
                        new UpscaleJob("job-1", r, plan(), image("round1"), report(true), history(), Map.of(), null),
                Topic.RESULTS, succeeded(),
                Topic.EVENTS, event());
    }
}
