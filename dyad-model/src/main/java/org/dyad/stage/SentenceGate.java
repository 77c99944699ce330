package org.dyad.stage;

import java.util.List;
import org.dyad.model.Token;

/**
 * Decides from cheap annotations (words, lemmas, tags) whether a sentence could hold an event and so
 * deserves the expensive ones (NER, dependency parse, temporal expressions).
 */
@FunctionalInterface
public interface SentenceGate {

    boolean mayHoldEvent(List<Token> tokens);

    static SentenceGate all() {
        return tokens -> true;
    }
}
