package org.dyad.resolve;

import java.time.LocalDate;

/**
 * One surface form of the actor dictionaries and what it stands for.
 *
 * @param kind    what sort of form it is, which decides how it combines with neighbours
 * @param country ISO alpha-3, or {@code null} for organisations and bare agent nouns
 * @param sector  PLOVER sector, or {@code null} when the form alone does not say
 * @param code    full actor code for organisations ({@code IGONAT}); {@code null} otherwise
 * @param entity  canonical name ("Russia", "Sergey Lavrov", "NATO", "minister")
 * @param person  for {@link Kind#PERSON}: the term of office; {@code null} otherwise
 * @param origin  {@code file:line} the form came from, shown by {@code dyad actors}
 */
record Entry(Kind kind, String country, String sector, String code, String entity, Term person, String origin) {

    enum Kind {
        /** "Russia", "the United States". */
        COUNTRY,
        /** "Russian", "Emirati": a country that usually modifies a noun. */
        ADJECTIVE,
        /** "Moscow", "the Kremlin": stands for the government (or the given sector). */
        CAPITAL,
        /**
         * "Kharkiv", "Gaza City", "Tigray": a city, region or territory of places.txt; it stands for
         * its country with no sector, and after "in" or "at" it is a location, no actor. Its entity is
         * the place's own name.
         */
        PLACE,
        /** "NATO", "the European Union". */
        ORGANIZATION,
        /** "minister", "troops": gives the sector of a mention, the country comes from elsewhere. */
        AGENT,
        /** "Sergey Lavrov": a named person holding an office. */
        PERSON
    }

    /** A term of office: who held which post, for which country, from when to when. */
    record Term(String name, String gender, String office, LocalDate from, LocalDate to) {

        boolean covers(LocalDate date) {
            return date == null || (!date.isBefore(from) && (to == null || !date.isAfter(to)));
        }
    }

    /**
     * The same term, for a date after it ended: a former office holder of a country is in the
     * elite sector (ELI, "former officials" in agents.txt); one of an organisation keeps its code.
     */
    Entry former() {
        return person == null || country == null ? this
                : new Entry(kind, country, "ELI", code, entity, person, origin);
    }

    String actorCode() {
        if (code != null) {
            return code;
        }
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }
}
