package dev.plantain.remote.vlm;

import dev.plantain.plan.ScenePlan;
import java.util.List;
import java.util.Objects;

/**
 * Where the judge's yes/no questions come from: today one per planned check, later one per atom of the plan's scene
 * graph (each atom carries its own question and parents), by swapping this one class.
 */
public interface JudgeQuestion {

    /**
     * One question for one check of the plan.
     *
     * @param checkId the check it decides
     * @param text the question, answerable with yes or no
     * @param parents checks that must pass for this one to be asked; a failed parent fails it (DSG)
     */
    record Question(String checkId, String text, List<String> parents) {

        public Question {
            Objects.requireNonNull(checkId, "checkId");
            Objects.requireNonNull(text, "text");
            parents = parents == null ? List.of() : List.copyOf(parents);
        }
    }

    /** The questions, each after its parents. */
    List<Question> questions(ScenePlan plan);
}
