package org.dyad.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Article metadata from a sidecar, a manifest or a JSONL record. Any field may be {@code null}. */
record Metadata(String title, String url, String source, LocalDate published, String language) {

    static final Metadata NONE = new Metadata(null, null, null, null, null);

    static Metadata fromJson(JsonNode o) {
        return new Metadata(text(o, "title"), text(o, "url"), text(o, "source"),
                parseDate(text(o, "published")), text(o, "language"));
    }

    static Metadata fromMap(Map<String, String> row) {
        return new Metadata(blankToNull(row.get("title")), blankToNull(row.get("url")),
                blankToNull(row.get("source")), parseDate(blankToNull(row.get("published"))),
                blankToNull(row.get("language")));
    }

    /**
     * Reads an ISO date ({@code 2022-02-15}) or date-time ({@code 2022-02-15T09:30:00Z}, with or without
     * offset); the date part is what anchors relative expressions.
     *
     * @throws IllegalArgumentException naming the value when it is neither
     */
    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v);
            }
            if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(v).toLocalDate();
            }
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("published date '" + v
                    + "' is not an ISO date (2022-02-15) or date-time (2022-02-15T09:30:00Z)");
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : blankToNull(v.asText());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
