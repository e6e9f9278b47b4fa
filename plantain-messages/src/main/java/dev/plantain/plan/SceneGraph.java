package dev.plantain.plan;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The whole prompt as atoms with dependencies (a Davidsonian Scene Graph): every content word of the prompt is
 * covered by an atom or by a {@link WordNote} with its reason, so nothing asked is dropped silently.
 *
 * @param tokens the prompt's tokens as the planner read them (lower-case words, quoted texts, marks); atoms and notes
 *     point into this list
 * @param atoms the atoms, parents before children
 * @param notes the words that need no atom, with the reason
 */
public record SceneGraph(List<String> tokens, List<Atom> atoms, List<WordNote> notes) {

    public SceneGraph {
        tokens = tokens == null ? List.of() : List.copyOf(tokens);
        atoms = atoms == null ? List.of() : List.copyOf(atoms);
        notes = notes == null ? List.of() : List.copyOf(notes);
        Set<String> seen = new HashSet<>();
        for (Atom atom : atoms) {
            for (String parent : atom.parents()) {
                if (!seen.contains(parent)) {
                    throw new IllegalArgumentException(
                            "atom " + atom.id() + " names parent " + parent + " that does not come before it");
                }
            }
            if (!seen.add(atom.id())) {
                throw new IllegalArgumentException("atom id " + atom.id() + " is used twice");
            }
        }
    }

    public Optional<Atom> atom(String id) {
        return atoms.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The token indexes covered by an atom or a note. */
    public Set<Integer> covered() {
        Set<Integer> covered = new HashSet<>();
        atoms.forEach(a -> covered.addAll(a.words()));
        notes.forEach(n -> covered.addAll(n.words()));
        return covered;
    }
}
