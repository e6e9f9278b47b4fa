package dev.plantain.planner;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plantain.plan.Entity;
import dev.plantain.plan.Relation;
import dev.plantain.plan.RelationKind;
import dev.plantain.plan.ScenePlan;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a plan agrees with a GenEval metadata line's {@code include}: exactly the included objects (class, count,
 * colour), their positions as relations and no others, and nothing unrenderable.
 */
public final class GenEvalAgreement {

    private GenEvalAgreement() {}

    public static boolean agrees(JsonNode include, ScenePlan plan) {
        if (plan.entities().size() != include.size() || !plan.unrenderable().isEmpty()) {
            return false;
        }
        List<Entity> matched = new ArrayList<>();
        for (JsonNode wanted : include) {
            Entity entity = plan.entities().stream()
                    .filter(e -> !matched.contains(e)
                            && sameClass(e, wanted.path("class").asText()))
                    .findFirst()
                    .orElse(null);
            boolean sameColor = entity != null
                    && (!wanted.has("color") || wanted.path("color").asText().equals(entity.color()));
            if (!sameColor || entity.count() != wanted.path("count").asInt()) {
                return false;
            }
            matched.add(entity);
        }
        return positionsAgree(include, plan, matched);
    }

    private static boolean sameClass(Entity entity, String name) {
        return entity.concept().equals(name) || entity.artId().equals(name.replace(' ', '-'));
    }

    private static boolean positionsAgree(JsonNode include, ScenePlan plan, List<Entity> matched) {
        long wantedRelations = 0;
        for (int i = 0; i < include.size(); i++) {
            JsonNode position = include.get(i).path("position");
            if (position.isMissingNode()) {
                continue;
            }
            wantedRelations++;
            RelationKind kind = RelationKind.fromLabel(position.get(0).asText().replace(' ', '-'));
            Entity subject = matched.get(i);
            Entity object = matched.get(position.get(1).asInt());
            if (!plan.relations().contains(new Relation(subject.id(), kind, object.id()))) {
                return false;
            }
        }
        return plan.relations().size() == wantedRelations;
    }
}
