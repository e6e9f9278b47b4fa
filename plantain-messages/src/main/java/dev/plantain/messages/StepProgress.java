package dev.plantain.messages;

/**
 * Told by an engine after each step of a long piece of work (a diffusion model's denoising steps), so the stage can
 * publish how far the job has come as {@code progress} events ({@link JobEvent.Phase#PROGRESS}). Called on the
 * working thread; an engine without steps never calls it.
 */
@FunctionalInterface
public interface StepProgress {

    /** Nobody is listening. */
    StepProgress NONE = (done, total) -> {};

    /**
     * @param done steps finished so far, from 1
     * @param total steps of the whole piece of work
     */
    void stepped(int done, int total);
}
