package dev.plantain.stage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepEventsTest {

    private long now = 1_000;
    private final List<String> sent = new ArrayList<>();

    private StepEvents every(long intervalMs) {
        return new StepEvents(
                intervalMs, () -> now, (detail, step, steps, eta) -> sent.add(detail + " (next in " + eta + ")"));
    }

    @Test
    void fastStepsAreReportedAtMostOncePerInterval() {
        StepEvents steps = every(1_000);

        for (int done = 1; done <= 30; done++) {
            now += 150; // 30 steps of 150 ms: 4.5 s in all
            steps.stepped(done, 30);
        }

        // 1 s has passed at step 7 (1050 ms), then at steps 14, 21 and 28 (7 steps of 150 ms each time)
        assertThat(sent)
                .containsExactly(
                        "step 7 of 30 (next in 150)",
                        "step 14 of 30 (next in 150)",
                        "step 21 of 30 (next in 150)",
                        "step 28 of 30 (next in 150)");
    }

    @Test
    void slowStepsAreEachReportedWithTheMeanStepAsTheWaitForTheNext() {
        StepEvents steps = every(1_000);

        now += 2_000;
        steps.stepped(1, 3);
        now += 4_000;
        steps.stepped(2, 3);
        now += 3_000;
        steps.stepped(3, 3);

        assertThat(sent)
                .containsExactly("step 1 of 3 (next in 2000)", "step 2 of 3 (next in 3000)", "step 3 of 3 (next in 0)");
    }

    @Test
    void aZeroIntervalReportsEveryStep() {
        StepEvents steps = every(0);

        steps.stepped(1, 2);
        steps.stepped(2, 2);

        assertThat(sent).hasSize(2);
    }

    @Test
    void workFasterThanOneIntervalSendsNothing() {
        StepEvents steps = every(1_000);

        for (int done = 1; done <= 4; done++) {
            now += 100;
            steps.stepped(done, 4);
        }

        assertThat(sent).isEmpty();
    }
}
