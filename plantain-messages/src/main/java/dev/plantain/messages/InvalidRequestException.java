package dev.plantain.messages;

/** A request field that is missing or out of range; the message names the field and what is allowed. */
public class InvalidRequestException extends IllegalArgumentException {

    private final String field;

    public InvalidRequestException(String field, String problem) {
        super("field '" + field + "' " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
