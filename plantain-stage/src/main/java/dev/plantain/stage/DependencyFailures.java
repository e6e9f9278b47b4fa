package dev.plantain.stage;

import dev.plantain.failure.DependencyFailure;

/** Finds the classified failure of a dependency in an exception and its causes, however an engine wrapped it. */
final class DependencyFailures {

    private DependencyFailures() {}

    /** The first {@link DependencyFailure} in the chain, or null: an unclassified error. */
    static DependencyFailure find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DependencyFailure failure) {
                return failure;
            }
        }
        return null;
    }
}
