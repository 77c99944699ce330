package org.dyad.resolve;

import java.util.List;

/** A dictionary that does not validate; the message lists every bad line as {@code file:line: reason}. */
public final class DictionaryException extends RuntimeException {

    private final List<String> errors;

    DictionaryException(List<String> errors) {
        super(errors.size() + " error(s) in actor dictionaries:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
