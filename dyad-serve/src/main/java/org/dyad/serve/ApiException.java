package org.dyad.serve;

/** A request the API refuses, with the status and a message for the caller. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String parameter;

    ApiException(int status, String message, String parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    /** A malformed query parameter: 400, naming it. */
    static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, message, parameter);
    }

    int status() {
        return status;
    }

    /** The parameter at fault, or {@code null}. */
    String parameter() {
        return parameter;
    }
}
