package dev.plantain.planner.graph;

import dev.plantain.plan.Atom;
import dev.plantain.plan.AtomKind;
import dev.plantain.plan.Entity;
import dev.plantain.plan.SceneGraph;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * People as the art finally draws them, once the planner has chosen between a head and a full figure: a head and
 * shoulders shows a person in a portrait, but is a stand-in for one who is in a scene (near something, doing
 * something, somewhere); and a child drawn with the grown person's figure (the art sets have no child's) is a
 * stand-in for the child.
 */
public final class PeopleStandIns {

    /** What a grown person's figure shows, drawn for a child. */
    static final String GROWN_FIGURE = "a grown person's figure";

    private static final Set<String> CHILDREN =
            Set.of("child", "children", "kid", "kids", "boy", "boys", "girl", "girls", "toddler", "toddlers");

    private PeopleStandIns() {}

    /** The graph with these stand-ins set on the entity atoms of the plan's entities. */
    public static SceneGraph apply(SceneGraph graph, List<Entity> entities) {
        if (graph == null) {
            return null;
        }
        boolean setting =
                graph.atoms().stream().anyMatch(a -> a.kind() == AtomKind.GLOBAL && "setting".equals(a.type()));
        List<Atom> atoms = graph.atoms().stream()
                .map(a -> a.kind() != AtomKind.ENTITY || a.standIn() != null || a.subject() == null
                        ? a
                        : shows(a, entity(entities, a.subject()), graph, setting)
                                .map(shows -> withStandIn(a, shows))
                                .orElse(a))
                .toList();
        return new SceneGraph(graph.tokens(), atoms, graph.notes());
    }

    private static Optional<String> shows(Atom atom, Optional<Entity> entity, SceneGraph graph, boolean setting) {
        if (entity.isEmpty()) {
            return Optional.empty();
        }
        String artId = entity.get().artId();
        String art = artId.substring(artId.indexOf(':') + 1);
        if (StandIns.isBust(art) && (setting || inScene(atom, graph))) {
            return Optional.of(StandIns.HEAD_AND_SHOULDERS);
        }
        boolean child = CHILDREN.contains(atom.value().toLowerCase(Locale.ROOT));
        if (child && art.startsWith("person-")) {
            return Optional.of(GROWN_FIGURE);
        }
        return Optional.empty();
    }

    /** Whether the person takes part in a relation or an action, or has a state ("sleeping"). */
    private static boolean inScene(Atom person, SceneGraph graph) {
        return graph.atoms().stream()
                .anyMatch(a -> a.parents().contains(person.id())
                        && (a.kind() == AtomKind.RELATION
                                || a.kind() == AtomKind.ATTRIBUTE && "state".equals(a.type())));
    }

    private static Optional<Entity> entity(List<Entity> entities, String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    private static Atom withStandIn(Atom a, String shows) {
        return new Atom(
                a.id(),
                a.kind(),
                a.type(),
                a.subject(),
                a.object(),
                a.value(),
                shows,
                a.words(),
                a.parents(),
                a.question());
    }
}
