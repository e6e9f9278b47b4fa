package dev.plantain.remote.vlm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plantain.messages.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading P(yes) from a chat completion's first token, in the spellings servers send. */
class JudgeAnswerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Yes|No|0.8",
                "' yes'|' no'|0.8",
                "YES|NO|0.8",
                "'Yes.'|'No.'|0.8",
                "No|Yes|0.2",
            })
    void theFirstTokensYesProbabilityIsRead(String first, String second, double expected) throws Exception {
        String json = "{\"message\":{\"content\":\"x\"},\"logprobs\":{\"content\":[{\"token\":\"" + first
                + "\",\"logprob\":" + Math.log(0.8) + ",\"top_logprobs\":[{\"token\":\"" + first + "\",\"logprob\":"
                + Math.log(0.8) + "},{\"token\":\"" + second + "\",\"logprob\":" + Math.log(0.2) + "}]}]}}";

        JudgeAnswer answer = JudgeAnswer.of(Json.MAPPER.readTree(json));

        assertThat(answer.fromLogprobs()).isTrue();
        assertThat(answer.yes().getAsDouble()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
}
