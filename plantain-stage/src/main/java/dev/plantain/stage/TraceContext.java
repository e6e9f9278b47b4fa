package dev.plantain.stage;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.smallrye.reactive.messaging.TracingMetadata;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * The OpenTelemetry trace a stage is working in: the Kafka connector continues it from the input record's
 * {@code traceparent} header, and every record the stage writes carries it on, so a job keeps one trace id from the
 * planner to its result.
 */
public final class TraceContext {

    private TraceContext() {}

    /** The current trace id (32 hex digits), or null when no trace is active (tracing off). */
    public static String traceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /**
     * Attaches the current trace to an outgoing message, so the connector writes it into the record's headers even
     * when the message is sent later or from another thread than the one doing the work.
     */
    public static <T> Message<T> carry(Message<T> message) {
        return message.addMetadata(TracingMetadata.withCurrent(Context.current()));
    }
}
