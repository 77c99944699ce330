package org.dyad.read;

/** An input that cannot be read, with a reason fit to show the user next to the file name. */
final class BadInputException extends Exception {

    private final String origin;

    BadInputException(String reason) {
        this(null, reason);
    }

    BadInputException(String origin, String reason) {
        super(reason, null, false, false);
        this.origin = origin;
    }

    /** The file (and line) at fault, when it is not the one being read. */
    String origin() {
        return origin;
    }
}
