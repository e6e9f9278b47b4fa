package dev.plantain.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.JobEvent;
import dev.plantain.messages.JobResult;
import org.junit.jupiter.api.Test;

/** The in-memory list: newest first, bounded, a job's answer kept apart from its replays. */
class JobStoreTest {

    @Test
    void keepsOnlyTheNewestJobs() {
        JobStore store = new JobStore(3);
        for (int i = 0; i < 10; i++) {
            store.request("job-" + i, "{\"prompt\":\"p" + i + "\"}", i, null);
        }
        assertThat(store.rows(null, 100)).extracting(JobRow::jobId).containsExactly("job-9", "job-8", "job-7");
        assertThat(store.dropped()).isEqualTo(7);
        assertThat(store.detail("job-0")).isEmpty();
    }

    @Test
    void aJobMovesFromQueuedToRunningToItsResult() {
        JobStore store = new JobStore(10);
        store.request("j", "{\"prompt\":\"a cat\"}", 1000, null);
        assertThat(store.rows(null, 1).get(0).status()).isEqualTo("queued");
        store.event(new JobEvent("j", "draft", JobEvent.Phase.STARTED, 0, 1100, 0, null, null), 1100);
        assertThat(store.rows("running", 1)).extracting(JobRow::where).containsExactly("draft started");
        store.result(JobResult.failed("j", "no art for cat", null, null), 3000);
        JobRow row = store.rows(null, 1).get(0);
        assertThat(row.status()).isEqualTo("failed");
        assertThat(row.took()).isEqualTo("2.0 s");
    }

    @Test
    void aReplaysResultIsNotTheJobsAnswer() {
        JobStore store = new JobStore(10);
        store.request("j", "{\"prompt\":\"a cat\"}", 1000, null);
        store.replaySent("j", "replay-1", "verifier", 2000);
        store.result(JobResult.failed("j", "refused", null, "replay-1"), 3000);
        JobDetail detail = store.detail("j").orElseThrow();
        assertThat(detail.result()).isNull();
        assertThat(detail.replays())
                .singleElement()
                .satisfies(r -> assertThat(r.stage() + " " + r.status()).isEqualTo("verifier failed"));
    }
}
