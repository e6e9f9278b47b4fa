package dev.plantain.planner.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.plantain.messages.Json;
import dev.plantain.plan.ScenePlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The published JSON Schema of a scene plan ({@code schemas/plan.schema.json} in plantain-core), loaded once. */
public final class PlanSchema {

    private static final String RESOURCE = "/schemas/plan.schema.json";
    private static final JsonSchema SCHEMA = load();

    private PlanSchema() {}

    /** What is wrong with a plan as JSON, one line each; empty when it agrees with the schema. */
    public static List<String> violations(JsonNode plan) {
        return SCHEMA.validate(plan).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /** What is wrong with a plan, one line each; empty when it agrees with the schema. */
    public static List<String> validate(ScenePlan plan) {
        return violations(Json.MAPPER.valueToTree(plan));
    }

    private static JsonSchema load() {
        try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath (plantain-core)");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
