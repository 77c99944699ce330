package org.dyad.store;

import java.util.Locale;

/** Orders for event listings; ties are broken by date (unknown dates last), then id. */
public enum EventSort {
    /** Oldest first: the CLI's order. */
    DATE("date", "date NULLS LAST, id"),
    /** Newest first. */
    DATE_DESC("-date", "date DESC NULLS LAST, id"),
    /** Most conflictual first. */
    GOLDSTEIN("goldstein", "goldstein, date NULLS LAST, id"),
    /** Most cooperative first. */
    GOLDSTEIN_DESC("-goldstein", "goldstein DESC, date NULLS LAST, id"),
    /** By CAMEO code. */
    CAMEO("cameo", "cameo, date NULLS LAST, id"),
    CAMEO_DESC("-cameo", "cameo DESC, date NULLS LAST, id"),
    /** By PLOVER type name; statements (CAMEO 01), which have none, last in either direction. */
    TYPE("type", "type NULLS LAST, date NULLS LAST, id"),
    TYPE_DESC("-type", "type DESC NULLS LAST, date NULLS LAST, id");

    private final String label;
    private final String orderBy;

    EventSort(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    /** The name used on the command line and in the API: {@code date}, {@code -goldstein}, ... */
    public String label() {
        return label;
    }

    String orderBy() {
        return orderBy;
    }

    /** Parses a label such as {@code -date}; {@code null} when it names no order. */
    public static EventSort parse(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (EventSort s : values()) {
            if (s.label.equals(l)) {
                return s;
            }
        }
        return null;
    }
}
