package dev.plantain.messages;

/** A record that cannot be read as its topic's record type: it belongs on the dead-letter topic. */
public class UndecodableRecordException extends RuntimeException {

    public UndecodableRecordException(String message) {
        super(message);
    }

    public UndecodableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
