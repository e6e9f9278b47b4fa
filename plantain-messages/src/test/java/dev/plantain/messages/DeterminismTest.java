package dev.plantain.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a job's replay reproduces its image travels with its candidates, and older records read as reproducible. */
class DeterminismTest {

    @Test
    void aResultIsDeterministicOnlyWhileEveryRoundIs() {
        assertThat(Samples.succeeded().deterministic()).isTrue();
        List<RoundRecord> history = Samples.history();
        RoundRecord remote = new RoundRecord(
                2, history.get(1).candidate(), history.get(1).report(), List.of("openai-images edited"), false);
        JobResult result = Samples.succeeded().toBuilder()
                .history(List.of(history.get(0), history.get(1), remote))
                .build();
        assertThat(result.deterministic()).isFalse();
        String json = Json.write(result);
        assertThat(json).contains("\"deterministic\":false");
        assertThat(Json.read(json, JobResult.class)).isEqualTo(result);
        assertThat(Json.read(json, JobResult.class).deterministic()).isFalse();
    }

    @Test
    void recordsWithoutTheFieldReadAsDeterministic() {
        String round = Json.write(Samples.history().get(0)).replace(",\"deterministic\":true", "");
        assertThat(round).doesNotContain("deterministic");
        assertThat(Json.read(round, RoundRecord.class).deterministic()).isTrue();
        VerifyJob job = (VerifyJob) Samples.everyTopic().get(Topic.VERIFY);
        String verify = Json.write(job).replace(",\"deterministic\":true", "");
        assertThat(verify).doesNotContain("deterministic");
        assertThat(Json.read(verify, VerifyJob.class).deterministic()).isTrue();
    }

    @Test
    void aRemoteCandidateSaysSoOnTheVerifyTopic() {
        VerifyJob job = ((VerifyJob) Samples.everyTopic().get(Topic.VERIFY))
                .toBuilder().deterministic(false).build();
        VerifyJob read = Json.read(Json.write(job), VerifyJob.class);
        assertThat(read.deterministic()).isFalse();
        assertThat(read).isEqualTo(job);
    }
}
