package org.dyad.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When an event happened, as far as the text says.
 *
 * @param date      first day of the period, or {@code null} when unknown
 * @param precision how wide the period is
 * @param basis     where the date came from
 */
public record EventDate(LocalDate date, Precision precision, Basis basis) {

    public enum Precision {
        DAY, WEEK, MONTH, YEAR, UNKNOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public enum Basis {
        /** Resolved from a temporal expression in the text. */
        TEXT,
        /**
         * No expression of its own: the date of its report stands in, the publication date or, for an
         * act a dated statement tells ("said on Monday that troops had shelled the town"), the
         * statement's date. The act happened by then.
         */
        PUBLICATION,
        /** Neither. */
        UNKNOWN;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public static final EventDate UNKNOWN = new EventDate(null, Precision.UNKNOWN, Basis.UNKNOWN);

    public static EventDate fromText(LocalDate date, Precision precision) {
        return new EventDate(date, precision, Basis.TEXT);
    }

    public static EventDate ofPublication(LocalDate published) {
        return published == null ? UNKNOWN : new EventDate(published, Precision.DAY, Basis.PUBLICATION);
    }
}
