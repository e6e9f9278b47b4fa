package dev.plantain.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.plantain.plan.CheckKind;
import dev.plantain.plan.EntitySize;
import dev.plantain.plan.Palette;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import java.io.InputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The published plan schema agrees with the plans the code writes and reads. */
class PlanSchemaTest {

    private static final JsonSchema SCHEMA = load();

    @Test
    void thePlanTheCodeWritesMatchesTheSchemaAndReadsBack() {
        JsonNode json = Json.MAPPER.valueToTree(Samples.plan());
        assertThat(SCHEMA.validate(json)).isEmpty();
        assertThat(Json.read(json.toString(), ScenePlan.class)).isEqualTo(Samples.plan());
    }

    static Stream<Arguments> everyValueOfTheModel() {
        return Stream.of(
                        Arrays.stream(CheckKind.values()).map(k -> Arguments.of("checks", "kind", k.label())),
                        Arrays.stream(RelationKind.values()).map(r -> Arguments.of("relations", "relation", r.label())),
                        Arrays.stream(EntitySize.values()).map(s -> Arguments.of("entities", "size", s.label())),
                        Palette.all().stream().map(c -> Arguments.of("entities", "color", c.name())))
                .flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("everyValueOfTheModel")
    void theSchemaAcceptsEveryValueTheModelHas(String list, String field, String value) {
        ObjectNode json = Json.MAPPER.valueToTree(Samples.plan());
        ((ObjectNode) json.get(list).get(0)).put(field, value);
        if (value.equals("between")) {
            ((ObjectNode) json.get(list).get(0)).put("secondObject", "e1");
        }
        assertThat(SCHEMA.validate(json)).isEmpty();
    }

    static Stream<JsonNode> brokenPlans() {
        return Stream.of(
                broken(n -> n.remove("entities")),
                broken(n -> entity(n).put("count", 0)),
                broken(n -> entity(n).put("color", "octarine")),
                broken(n -> entity(n).put("size", "colossal")),
                broken(n -> ((ObjectNode) n.get("relations").get(0)).put("relation", "around")),
                broken(n -> ((ObjectNode) n.get("relations").get(0)).remove("object")),
                broken(n -> n.put("width", 0)),
                broken(n -> ((ArrayNode) n.get("excluded")).add(3)));
    }

    @ParameterizedTest
    @MethodSource("brokenPlans")
    void theSchemaRejectsBrokenPlans(JsonNode json) {
        assertThat(SCHEMA.validate(json)).isNotEmpty();
    }

    private static ObjectNode entity(ObjectNode plan) {
        return (ObjectNode) plan.get("entities").get(0);
    }

    private static JsonNode broken(Consumer<ObjectNode> breakIt) {
        ObjectNode json = Json.MAPPER.valueToTree(Samples.plan());
        breakIt.accept(json);
        return json;
    }

    private static JsonSchema load() {
        InputStream in = PlanSchemaTest.class.getResourceAsStream("/schemas/plan.schema.json");
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
}
