package org.dyad.store;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.Modality;

/**
 * Filters for stored events. Every field is optional; by default only asserted events are returned.
 *
 * @param actor      a code, country or entity that must appear as source or target ("RUS", "RUSGOV", "NATO")
 * @param dyad       source and target countries or codes, {@code "USA:RUS"}; matches either direction
 *                   only when {@code undirected}
 * @param country    a country that must appear on either side
 * @param type       PLOVER type ("CONSULT") or CAMEO code prefix ("04")
 * @param modalities which modalities to include
 * @param from       first event date, inclusive
 * @param to         last event date, inclusive
 * @param limit      at most this many
 * @param offset     skip this many
 * @param story      a story id the events must belong to
 * @param place      where the events took place, as the text locates them: a country code ("SDN") or a
 *                   place's name ("Khartoum", any case); events with no location never match
 */
public record EventQuery(String actor, String dyad, String country, String type, Set<Modality> modalities,
                         LocalDate from, LocalDate to, int limit, int offset, String story, String place) {

    public static final int DEFAULT_LIMIT = 100;

    public EventQuery {
        modalities = modalities == null || modalities.isEmpty() ? Set.of(Modality.ASSERTED) : Set.copyOf(modalities);
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, got " + offset);
        }
        if (dyad != null && !dyad.matches("[A-Za-z]{3,12}:[A-Za-z]{3,12}")) {
            throw new IllegalArgumentException("dyad must look like USA:RUS, got '" + dyad + "'");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (type != null) {
            type = type.toUpperCase(Locale.ROOT);
        }
        if (place != null && place.isBlank()) {
            throw new IllegalArgumentException("place must be a country code or a place name, not blank");
        }
    }

    /** A query of any story. */
    public EventQuery(String actor, String dyad, String country, String type, Set<Modality> modalities,
                      LocalDate from, LocalDate to, int limit, int offset) {
        this(actor, dyad, country, type, modalities, from, to, limit, offset, null, null);
    }

    /** The same query restricted to a story. */
    public EventQuery withStory(String id) {
        return new EventQuery(actor, dyad, country, type, modalities, from, to, limit, offset, id, place);
    }

    /** The same query restricted to events located in a country or at a named place. */
    public EventQuery withPlace(String where) {
        return new EventQuery(actor, dyad, country, type, modalities, from, to, limit, offset, story, where);
    }

    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, Integer.MAX_VALUE, 0);
    }
}
