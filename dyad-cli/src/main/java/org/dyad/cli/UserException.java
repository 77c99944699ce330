package org.dyad.cli;

/** An error to show the user as one line, with the exit status it implies. */
final class UserException extends RuntimeException {

    private final int exitCode;

    UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
