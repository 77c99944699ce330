package org.dyad.link;

import java.util.Collection;
import java.util.List;
import org.dyad.model.Event;

/**
 * Decides which reports are the same event. Reports are first put in groups ({@link #group}): reports
 * of different groups are never one event, so a new report only needs the stored reports of its own
 * group. Within a group, {@link #link} must depend on the set of reports alone, never on their order,
 * so that ids and events are the same whatever order the articles came in.
 */
public interface EventLinker {

    /**
     * A name for the rules of {@link #group}. When it differs from the one a store's groups were made
     * by, the stored reports whose group changed are linked again when the store is opened.
     */
    default String rules() {
        return getClass().getName();
    }

    /** The group of a coded event: the same dyad, type and modality. */
    String group(Event report);

    /** Links the reports of one group into events, each with a stable id. */
    List<LinkedEvent> link(String group, Collection<Report> reports);
}
