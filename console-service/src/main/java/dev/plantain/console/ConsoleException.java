package dev.plantain.console;

/** A request the console answers with an error page: its HTTP status, a title and what to do, never a stack trace. */
public class ConsoleException extends RuntimeException {

    private final int status;
    private final String title;

    public ConsoleException(int status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }
}
