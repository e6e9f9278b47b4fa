package dev.plantain.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.blob.BlobRef;
import dev.plantain.messages.CheckResult;
import dev.plantain.messages.CheckStatus;
import dev.plantain.messages.ImageRef;
import dev.plantain.messages.JobResult;
import dev.plantain.messages.JobStatus;
import dev.plantain.messages.RoundRecord;
import dev.plantain.messages.VerificationReport;
import dev.plantain.plan.CheckKind;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineGenEvalTest {

    private static final ImageRef IMAGE = new ImageRef(BlobRef.of(new byte[] {1}), 1024, 1024);
    private static final VerificationReport PASSED = report(CheckStatus.PASSED);
    private static final VerificationReport FAILED = report(CheckStatus.FAILED);

    @Test
    void theDraftIsJudgedByRoundZeroAndTheFinalImageByTheResult() {
        GenEvalTable table = new GenEvalTable();
        PipelineGenEval.tally(table, COUNTING, succeeded(true, 0, round(0, PASSED)));
        PipelineGenEval.tally(table, COUNTING, succeeded(true, 1, round(0, FAILED), round(1, PASSED)));
        PipelineGenEval.tally(table, COUNTING, succeeded(false, 3, round(0, FAILED), round(3, FAILED)));
        PipelineGenEval.tally(table, POSITION, JobResult.failed("j4", "nothing drawable", Map.of(), null));

        assertThat(print(table))
                .contains("| counting | 3 | 33.3% | 66.7% | 4 | 1.00 s |")
                .contains("| position | 1 | 0.0% | 0.0% | 0 | 0.00 s |")
                .contains("| **all** | 4 | 25.0% | 50.0% | 4 |");
    }

    @Test
    void finalImagesThatFailAreCountedByKindOfCheckWithAnExample() {
        GenEvalTable table = new GenEvalTable();
        PipelineGenEval.tally(table, COUNTING, succeeded(true, 0, round(0, PASSED)));
        PipelineGenEval.tally(table, COUNTING, succeeded(false, 3, round(0, FAILED), round(3, FAILED)));
        PipelineGenEval.tally(table, POSITION, succeeded(false, 3, round(0, FAILED), round(3, FAILED)));

        assertThat(print(table)).contains("Final images that still fail", "| count | 2 | \"three apples\": found 1 |");
    }

    private static final GenEvalBench.Prompt COUNTING = new GenEvalBench.Prompt("counting", "three apples");
    private static final GenEvalBench.Prompt POSITION = new GenEvalBench.Prompt("position", "a cat left of a dog");

    private static JobResult succeeded(boolean verified, int rounds, RoundRecord... history) {
        VerificationReport last = history[history.length - 1].report();
        return JobResult.builder()
                .jobId("j")
                .status(JobStatus.SUCCEEDED)
                .reason(verified ? null : "not verified")
                .image(IMAGE)
                .rounds(rounds)
                .verified(verified)
                .report(last)
                .history(List.of(history))
                .timings(Map.of("plan", 400L, "draft", 600L))
                .build();
    }

    private static RoundRecord round(int round, VerificationReport report) {
        return new RoundRecord(round, IMAGE, report, List.of());
    }

    private static VerificationReport report(CheckStatus status) {
        return VerificationReport.of(
                List.of(new CheckResult("c1", CheckKind.COUNT, "e1", status, 1, "found 1", null)), null);
    }

    private static String print(GenEvalTable table) {
        StringWriter out = new StringWriter();
        try (PrintWriter writer = new PrintWriter(out)) {
            table.print(writer, 3, "median time in stages");
        }
        return out.toString();
    }
}
