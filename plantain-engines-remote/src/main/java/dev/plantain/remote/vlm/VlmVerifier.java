package dev.plantain.remote.vlm;

import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.plan.Check;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.ScenePlan;
import dev.plantain.remote.CallBudget;
import dev.plantain.verifier.ImageVerifier;
import dev.plantain.verifier.PixelVerifier;
import dev.plantain.verifier.TextReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Judges an image with a vision-language model, one yes/no question per check, passing at P(yes) of at least the
 * threshold; a check whose parent failed fails unasked (DSG). The pixel checks that hold for any image keep running:
 * blank, flat, noise and garbage (on which every check fails and no question is asked), and OCR of quoted text, where
 * a fail from either engine fails the check. Checks that rest on the plan's boxes (clipping, contrast, identity) do
 * not apply to a model's image and are left out of the report. Each result names its engine and carries the
 * model's answer as evidence.
 */
public final class VlmVerifier implements ImageVerifier {

    /** The kinds that rest on the plan's layout boxes, which a model's image does not follow. */
    static final Set<CheckKind> BOX_KINDS = Set.of(CheckKind.CLIPPING, CheckKind.CONTRAST, CheckKind.IDENTITY);

    private final ChatJudge judge;
    private final JudgeQuestion questions;
    private final double threshold;
    private final CallBudget budget;
    private final PixelVerifier pixels;

    public VlmVerifier(ChatJudge judge, JudgeQuestion questions, double threshold, CallBudget budget, TextReader ocr) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within (0, 1], was " + threshold);
        }
        this.judge = judge;
        this.questions = questions;
        this.threshold = threshold;
        this.budget = budget;
        this.pixels = new PixelVerifier(null, ocr);
    }

    @Override
    public Verification verify(BufferedImage image, ScenePlan plan) {
        List<Check> applicable = plan.checks().stream()
                .filter(c -> !BOX_KINDS.contains(c.kind()))
                .toList();
        Verification pixelPass = pixels.verify(image, PixelPlan.of(plan));
        Map<String, CheckResult> byPixels =
                pixelPass.checks().stream().collect(Collectors.toMap(CheckResult::checkId, r -> r));
        CheckResult sanity = byPixels.get(PixelPlan.SANITY_ID);
        if (!sanity.passed()) {
            List<CheckResult> failed = applicable.stream()
                    .map(c -> result(c, CheckStatus.FAILED, 0, "pixels: " + sanity.measured()))
                    .toList();
            return new Verification(failed, pixelPass.overlay());
        }
        Map<String, CheckResult> byJudge = judged(image, plan);
        List<CheckResult> results = new ArrayList<>();
        for (Check c : applicable) {
            CheckResult fromJudge = byJudge.get(c.id());
            CheckResult fromPixels = c.kind() == CheckKind.IMAGE ? sanity : byPixels.get(c.id());
            results.add(combine(c, fromJudge, fromPixels));
        }
        return new Verification(results, pixelPass.overlay());
    }

    private Map<String, CheckResult> judged(BufferedImage image, ScenePlan plan) {
        Map<String, CheckResult> results = new HashMap<>();
        String dataUrl = null;
        for (JudgeQuestion.Question q : questions.questions(plan)) {
            Optional<Check> check = plan.checks().stream()
                    .filter(c -> c.id().equals(q.checkId()))
                    .findFirst();
            if (check.isEmpty()) {
                continue;
            }
            Optional<String> failedParent = q.parents().stream()
                    .filter(p -> results.containsKey(p) && results.get(p).status() == CheckStatus.FAILED)
                    .findFirst();
            if (failedParent.isPresent()) {
                results.put(
                        q.checkId(),
                        result(
                                check.get(),
                                CheckStatus.FAILED,
                                0,
                                engine() + ": not asked, its parent " + failedParent.get() + " failed"));
                continue;
            }
            if (!budget.take(plan, 0)) {
                results.put(
                        q.checkId(),
                        result(
                                check.get(),
                                CheckStatus.NOT_VERIFIED,
                                0,
                                engine() + ": not asked, " + budget.max()
                                        + " calls made for this job (max-calls-per-job)"));
                continue;
            }
            dataUrl = dataUrl == null ? judge.dataUrl(image) : dataUrl;
            results.put(q.checkId(), verdict(check.get(), q, judge.ask(dataUrl, q.text())));
        }
        return results;
    }

    private CheckResult verdict(Check check, JudgeQuestion.Question q, JudgeAnswer answer) {
        String evidence = engine() + ": asked \"" + q.text() + "\", answered \"" + answer.text() + "\"";
        if (answer.yes().isEmpty()) {
            return result(check, CheckStatus.NOT_VERIFIED, 0, evidence + ", neither yes nor no");
        }
        double p = answer.yes().getAsDouble();
        String how = answer.fromLogprobs() ? String.format(", P(yes)=%.3f", p) : " (no logprobs: read from the text)";
        return result(check, p >= threshold ? CheckStatus.PASSED : CheckStatus.FAILED, p, evidence + how);
    }

    /** Both engines' verdicts on one check: a fail from either fails it; one not verified leaves the other's. */
    private static CheckResult combine(Check c, CheckResult fromJudge, CheckResult fromPixels) {
        if (fromJudge == null && fromPixels == null) {
            return result(
                    c,
                    CheckStatus.NOT_VERIFIED,
                    0,
                    "no engine judges " + c.kind().label() + " checks here");
        }
        if (fromPixels == null) {
            return fromJudge;
        }
        CheckResult pixels = new CheckResult(
                c.id(),
                c.kind(),
                c.subject(),
                fromPixels.status(),
                fromPixels.score(),
                (c.kind() == CheckKind.TEXT ? "ocr: " : "pixels: ") + fromPixels.measured(),
                fromPixels.region());
        if (fromJudge == null) {
            return pixels;
        }
        CheckStatus status = fromJudge.status() == CheckStatus.FAILED || pixels.status() == CheckStatus.FAILED
                ? CheckStatus.FAILED
                : fromJudge.status() == CheckStatus.PASSED || pixels.status() == CheckStatus.PASSED
                        ? CheckStatus.PASSED
                        : CheckStatus.NOT_VERIFIED;
        double score = status == CheckStatus.NOT_VERIFIED ? 0 : Math.min(fromJudge.score(), pixels.score());
        if (status == CheckStatus.PASSED && pixels.status() == CheckStatus.NOT_VERIFIED) {
            score = fromJudge.score();
        } else if (status == CheckStatus.PASSED && fromJudge.status() == CheckStatus.NOT_VERIFIED) {
            score = pixels.score();
        }
        return new CheckResult(
                c.id(),
                c.kind(),
                c.subject(),
                status,
                score,
                fromJudge.measured() + "; " + pixels.measured(),
                pixels.region());
    }

    private String engine() {
        return judge.name() + (judge.model().isBlank() ? "" : " (" + judge.model() + ")");
    }

    private static CheckResult result(Check c, CheckStatus status, double score, String measured) {
        return new CheckResult(c.id(), c.kind(), c.subject(), status, score, measured, null);
    }
}
