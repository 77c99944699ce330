package org.dyad.link;

import java.util.List;
import org.dyad.model.Event;

/**
 * An event as linking made it: the event record (its mentions are those of the reports) and the
 * reports it was made of, in {@link Report#ORDER}.
 *
 * @param group   the linking group of its reports (see {@link EventLinker#group})
 * @param event   the event record; its id is stable: derived from the group and the date key
 * @param reports the reports it joins
 */
public record LinkedEvent(String group, Event event, List<Report> reports) {

    public LinkedEvent {
        reports = List.copyOf(reports);
    }

    public String id() {
        return event.id();
    }
}
