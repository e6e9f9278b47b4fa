package dev.plantain.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestParserTest {

    @Test
    void readsAFullRequestAndIgnoresUnknownFields() {
        RequestParser.Parsed parsed = RequestParser.parse("job-7", """
                {"prompt":"a cat","resolution":"2K","aspectRatio":"16:9","seed":5,"maxRefineRounds":1,
                 "acceptance":"strict","labels":{"team":"x"},"priority":"high"}""", "fallback");
        assertThat(parsed.ok()).isTrue();
        JobRequest r = parsed.request();
        assertThat(r.jobId()).isEqualTo("job-7");
        assertThat(r.resolution()).isEqualTo(Resolution.R2K);
        assertThat(r.nativeWidth()).isEqualTo(2048);
        assertThat(r.nativeHeight()).isEqualTo(1152);
        assertThat(r.acceptance()).isEqualTo(Acceptance.STRICT);
        assertThat(r.labels()).containsEntry("team", "x");
    }

    @Test
    void defaultsFillWhatIsLeftOut() {
        JobRequest r = RequestParser.parse("k", "{\"prompt\":\"a cat\"}", "f").request();
        assertThat(r.resolution()).isEqualTo(Resolution.R1K);
        assertThat(r.aspectRatio()).isEqualTo(AspectRatio.SQUARE);
        assertThat(r.maxRefineRounds()).isEqualTo(3);
        assertThat(r.acceptance()).isEqualTo(Acceptance.BEST_EFFORT);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            job-1 | not json at all                               | value             | not JSON
            job-1 | [1,2,3]                                       | value             | not an object
            job-1 | {"resolution":"2K"}                           | prompt            | is required
            job-1 | {"prompt":""}                                 | prompt            | is required
            job-1 | {"prompt":42}                                 | prompt            | must be a string
            job-1 | {"prompt":"cat","resolution":"8K"}            | resolution        | allowed: 1K, 2K, 4K
            job-1 | {"prompt":"cat","aspectRatio":"wide"}         | aspectRatio       | allowed: W:H
            job-1 | {"prompt":"cat","aspectRatio":"10:1"}         | aspectRatio       | allowed: W:H
            job-1 | {"prompt":"cat","maxRefineRounds":9}          | maxRefineRounds   | allowed: 0 to 8
            job-1 | {"prompt":"cat","maxRefineRounds":"3"}        | maxRefineRounds   | whole number
            job-1 | {"prompt":"cat","seed":-4}                    | seed              | whole number
            job-1 | {"prompt":"cat","seed":1.5}                   | seed              | whole number
            job-1 | {"prompt":"cat","acceptance":"lenient"}       | acceptance        | best-effort, strict
            job-1 | {"prompt":"cat","labels":{"a":1}}             | labels.a          | must be a string
            job-1 | {"prompt":"cat","jobId":"other"}              | jobId             | record key
            a/../b | {"prompt":"cat"}                             | jobId             | letters, digits
            """)
    void aBadRequestNamesTheFieldAndWhatIsAllowed(String key, String value, String field, String hint) {
        RequestParser.Parsed parsed = RequestParser.parse(key, value, "fallback");
        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.jobId()).isEqualTo(key);
        assertThat(parsed.field()).isEqualTo(field);
        assertThat(parsed.reason()).startsWith("bad request:").contains(hint);
    }

    @Test
    void anUnkeyedUnreadableRecordIsReportedUnderTheFallbackId() {
        RequestParser.Parsed parsed = RequestParser.parse(null, "\u0000\u0001garbage", "unkeyed-0-17");
        assertThat(parsed.jobId()).isEqualTo("unkeyed-0-17");
        assertThat(parsed.reason()).contains("not JSON");
    }

    @Test
    void aHugePromptIsRefusedWithItsLength() {
        RequestParser.Parsed parsed = RequestParser.parse("k", "{\"prompt\":\"" + "a".repeat(5000) + "\"}", "f");
        assertThat(parsed.reason()).contains("5000 characters").contains("at most 2000");
    }
}
