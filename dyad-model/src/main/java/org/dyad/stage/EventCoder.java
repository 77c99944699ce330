package org.dyad.stage;

import java.util.List;
import org.dyad.model.Event;
import org.dyad.model.ResolvedArticle;

/** Code stage: events with type, actors, modality and date, one per trigger in a sentence. */
public interface EventCoder {

    List<Event> code(ResolvedArticle article);

    /** Which sentences the annotator must parse for this coder to find its events. */
    SentenceGate gate();
}
