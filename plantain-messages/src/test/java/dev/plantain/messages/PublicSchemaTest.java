package dev.plantain.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published schemas of the public topics agree with the records the code writes and reads. */
class PublicSchemaTest {

    private static final Map<Topic, String> SCHEMAS =
            Map.of(Topic.REQUESTS, "requests", Topic.RESULTS, "results", Topic.EVENTS, "events");

    static Stream<Arguments> publicRecords() {
        return Stream.of(
                Arguments.of(Topic.REQUESTS, Samples.request()),
                Arguments.of(Topic.RESULTS, Samples.succeeded()),
                Arguments.of(Topic.RESULTS, Samples.failed()),
                Arguments.of(Topic.EVENTS, Samples.event()),
                Arguments.of(Topic.EVENTS, Samples.progress()));
    }

    @ParameterizedTest
    @MethodSource("publicRecords")
    void recordsTheCodeWritesMatchTheirSchema(Topic topic, Object record) {
        JsonNode json = Json.MAPPER.valueToTree(record);
        assertThat(schema(topic).validate(json)).isEmpty();
    }

    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                broken(Topic.REQUESTS, Samples.request(), n -> n.remove("prompt")),
                broken(Topic.REQUESTS, Samples.request(), n -> n.put("resolution", "8K")),
                broken(Topic.REQUESTS, Samples.request(), n -> n.put("maxRefineRounds", 9)),
                broken(Topic.RESULTS, Samples.succeeded(), n -> n.remove("image")),
                broken(Topic.RESULTS, Samples.failed(), n -> n.remove("reason")),
                broken(
                        Topic.RESULTS,
                        Samples.succeeded(),
                        n -> ((ObjectNode) n.get("image")).put("blob", "../etc/passwd")),
                broken(Topic.EVENTS, Samples.event(), n -> n.put("phase", "halfway")),
                broken(Topic.EVENTS, Samples.event(), n -> n.put("traceId", "not-a-trace")),
                broken(Topic.EVENTS, Samples.progress(), n -> n.put("etaMs", -1)));
    }

    @ParameterizedTest
    @MethodSource("brokenRecords")
    void theSchemasRejectWhatTheCodeRejects(Topic topic, JsonNode json) {
        assertThat(schema(topic).validate(json)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("publicRecords")
    void whatTheSchemaAcceptsTheCodeReads(Topic topic, Object record) {
        JsonNode json = Json.MAPPER.valueToTree(record);
        assertThat(Json.read(json.toString(), topic.recordType())).isEqualTo(record);
    }

    private static Arguments broken(Topic topic, Object record, Consumer<ObjectNode> breakIt) {
        ObjectNode json = Json.MAPPER.valueToTree(record);
        breakIt.accept(json);
        return Arguments.of(topic, json);
    }

    private static JsonSchema schema(Topic topic) {
        InputStream in = PublicSchemaTest.class.getResourceAsStream("/schemas/" + SCHEMAS.get(topic) + ".schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
