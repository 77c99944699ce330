package org.dyad.store;

/** A store failure with a message fit for the user. */
public final class StoreException extends RuntimeException {

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
