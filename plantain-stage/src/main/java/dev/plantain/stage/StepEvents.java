package dev.plantain.stage;

import dev.plantain.messages.StepProgress;
import java.util.function.LongSupplier;

/**
 * Turns an engine's steps into {@code progress} events ("step 12 of 30"), at most one per interval, so a model that
 * steps fast does not flood the events topic: a step is reported once the interval has passed since the work began
 * or since the last report. Each event says how long the next step should take (the mean step so far). One per job's
 * work, on its working thread.
 */
final class StepEvents implements StepProgress {

    /** Where a step worth reporting goes. */
    @FunctionalInterface
    interface Sink {
        void report(String detail, int step, int steps, long etaMs);
    }

    private final long intervalMs;
    private final LongSupplier clock;
    private final Sink sink;
    private final long startedAt;
    private long lastReport;

    /**
     * @param intervalMs least time between two reports; 0 reports every step
     * @param clock milliseconds now
     */
    StepEvents(long intervalMs, LongSupplier clock, Sink sink) {
        this.intervalMs = intervalMs;
        this.clock = clock;
        this.sink = sink;
        this.startedAt = clock.getAsLong();
        this.lastReport = startedAt;
    }

    @Override
    public void stepped(int done, int total) {
        long now = clock.getAsLong();
        if (now - lastReport < intervalMs) {
            return;
        }
        lastReport = now;
        long meanStep = done > 0 ? (now - startedAt) / done : 0;
        sink.report("step " + done + " of " + total, done, total, done < total ? meanStep : 0);
    }
}
