package dev.plantain.messages;

/** How a job ended. */
public enum JobStatus {
    SUCCEEDED,
    FAILED
}
