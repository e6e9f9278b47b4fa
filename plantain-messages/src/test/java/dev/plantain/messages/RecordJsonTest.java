package dev.plantain.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordJsonTest {

    @ParameterizedTest
    @EnumSource(Topic.class)
    void everyTopicsRecordSurvivesTheWire(Topic topic) {
        Object record = Samples.everyTopic().get(topic);
        assertThat(record).isInstanceOf(topic.recordType());
        Object back = Json.read(Json.write(record), topic.recordType());
        assertThat(back).isEqualTo(record);
    }

    @ParameterizedTest
    @EnumSource(Topic.class)
    void unknownFieldsAreTolerated(Topic topic) {
        String json = Json.write(Samples.everyTopic().get(topic));
        String extended = "{\"addedInAFutureVersion\":{\"x\":1}," + json.substring(1);
        assertThat(Json.read(extended, topic.recordType()))
                .isEqualTo(Samples.everyTopic().get(topic));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "[1,2]",
                "{\"jobId\":\"job-1\"}",
                "{\"jobId\":\"x\",\"request\":{\"jobId\":\"y\",\"prompt\":\"p\"}}"
            })
    void anUnreadableInternalRecordIsRefusedWithTheReason(String value) {
        assertThatThrownBy(() -> Json.read(value, VerifyJob.class))
                .isInstanceOf(UndecodableRecordException.class)
                .hasMessageContaining("VerifyJob");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 9})
    void aRoundOutsideTheLoopIsRefused(int round) {
        String json = Json.write(Samples.everyTopic().get(Topic.VERIFY)).replace("\"round\":0", "\"round\":" + round);
        assertThatThrownBy(() -> Json.read(json, VerifyJob.class)).hasMessageContaining("round " + round);
    }
}
