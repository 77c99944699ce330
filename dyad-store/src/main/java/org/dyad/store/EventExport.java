package org.dyad.store;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.json.EventJson;

/**
 * Writes events in the formats of {@code dyad export}: PLOVER JSONL (the event record), a flat CSV,
 * a GDELT-style TSV (one row per event with GDELT 1.0's leading columns and its ActionGeo columns) and
 * Parquet (the CSV's columns, written by DuckDB).
 */
public final class EventExport {

    public enum Format { PLOVER, CSV, GDELT, PARQUET }

    static final List<String> CSV_COLUMNS = List.of("id", "date", "date_precision", "date_basis", "event", "mode",
            "cameo", "quad_class", "goldstein", "modality", "actor_codes", "actor_countries", "actor_entities",
            "recipient_codes", "recipient_countries", "recipient_entities", "location", "location_country",
            "location_precision", "latitude", "longitude", "mentions", "first_doc", "first_source",
            "first_url", "first_speaker", "first_speaker_code", "sentence");

    static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_Lat", "ActionGeo_Long", "DATEADDED", "SOURCEURL");

    private EventExport() {
    }

    public static void write(List<Event> events, Format format, Path out) throws IOException {
        if (format == Format.PARQUET) {
            writeParquet(events, out);
            return;
        }
        try (Writer w = Files.newBufferedWriter(out)) {
            write(events, format, w);
        }
    }

    public static void write(List<Event> events, Format format, Writer w) throws IOException {
        switch (format) {
            case PLOVER -> {
                for (Event e : events) {
                    w.write(EventJson.write(e));
                    w.write('\n');
                }
            }
            case CSV -> {
                w.write(String.join(",", CSV_COLUMNS));
                w.write('\n');
                for (Event e : events) {
                    w.write(csvRow(e).stream().map(EventExport::csvField).collect(Collectors.joining(",")));
                    w.write('\n');
                }
            }
            case GDELT -> {
                w.write(String.join("\t", GDELT_COLUMNS));
                w.write('\n');
                for (Event e : events) {
                    w.write(String.join("\t", gdeltRow(e)));
                    w.write('\n');
                }
            }
            case PARQUET -> throw new IllegalArgumentException("Parquet is written to a file, not a stream");
        }
        w.flush();
    }

    static List<String> csvRow(Event e) {
        Mention m = e.mentions().isEmpty() ? null : e.mentions().get(0);
        Location l = e.location();
        return List.of(e.id(), e.date().date() == null ? "" : e.date().date().toString(), e.date().precision().label(),
                e.date().basis().label(), orEmpty(e.type()), orEmpty(e.mode()), e.cameo(), String.valueOf(e.quadClass()),
                String.valueOf(e.goldstein()), e.modality().label(), join(e.actors(), Actor::code),
                join(e.actors(), Actor::country), join(e.actors(), Actor::entity), join(e.recipients(), Actor::code),
                join(e.recipients(), Actor::country), join(e.recipients(), Actor::entity),
                l == null ? "" : orEmpty(l.name()), l == null ? "" : orEmpty(l.country()),
                l == null ? "" : orEmpty(l.precision()), l == null ? "" : degrees(l.lat()),
                l == null ? "" : degrees(l.lon()), String.valueOf(e.mentions().size()), m == null ? "" : m.doc(), m == null ? "" : orEmpty(m.source()),
                m == null ? "" : orEmpty(m.url()), m == null || m.speaker() == null ? "" : orEmpty(m.speaker().text()),
                m == null || m.speaker() == null ? "" : orEmpty(m.speaker().code()), m == null ? "" : m.text());
    }

    /** GDELT 1.0's leading columns; the id is the event id's hex as a decimal-free string. */
    static List<String> gdeltRow(Event e) {
        Actor a1 = e.actors().isEmpty() ? null : e.actors().get(0);
        Actor a2 = e.recipients().isEmpty() ? null : e.recipients().get(0);
        String day = e.date().date() == null ? "" : e.date().date().format(DateTimeFormatter.BASIC_ISO_DATE);
        long sources = e.mentions().stream().map(Mention::source).filter(s -> s != null).distinct().count();
        long articles = e.mentions().stream().map(Mention::doc).distinct().count();
        Mention m = e.mentions().isEmpty() ? null : e.mentions().get(0);
        Location l = e.location();
        return List.of(e.id(), day, day.isEmpty() ? "" : day.substring(0, 6), day.isEmpty() ? "" : day.substring(0, 4),
                a1 == null ? "" : a1.code(), a1 == null ? "" : tsv(orEmpty(a1.entity()).toUpperCase(Locale.ROOT)),
                a1 == null ? "" : orEmpty(a1.country()), a1 == null ? "" : orEmpty(a1.sector()),
                a2 == null ? "" : a2.code(), a2 == null ? "" : tsv(orEmpty(a2.entity()).toUpperCase(Locale.ROOT)),
                a2 == null ? "" : orEmpty(a2.country()), a2 == null ? "" : orEmpty(a2.sector()),
                "1", e.cameo(), e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo(), e.cameo().substring(0, 2),
                String.valueOf(e.quadClass()), String.valueOf(e.goldstein()), String.valueOf(e.mentions().size()),
                String.valueOf(sources), String.valueOf(articles), l == null ? "" : String.valueOf(geoType(l)),
                l == null ? "" : tsv(orEmpty(l.name()) + (Location.COUNTRY.equals(l.precision()) ? "" : ", "
                        + orEmpty(l.country()))),
                l == null ? "" : orEmpty(l.country()), l == null ? "" : degrees(l.lat()), l == null ? "" : degrees(l.lon()),
                day, m == null ? "" : tsv(orEmpty(m.url())));
    }

    /**
     * GDELT's geographic resolution: 1 a country, 4 a city elsewhere than the United States, 5 a region
     * (GDELT's 2 and 3 are a U.S. state and city). Country codes stay ISO alpha-3, where GDELT writes FIPS.
     */
    private static int geoType(Location l) {
        boolean usa = "USA".equals(l.country());
        return switch (orEmpty(l.precision())) {
            case Location.COUNTRY -> 1;
            case Location.REGION -> usa ? 2 : 5;
            default -> usa ? 3 : 4;
        };
    }

    private static String degrees(Double d) {
        return d == null ? "" : String.valueOf(d);
    }

    private static void writeParquet(List<Event> events, Path out) throws IOException {
        Path csv = Files.createTempFile("dyad-export", ".csv");
        try {
            write(events, Format.CSV, csv);
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                 Statement st = c.createStatement()) {
                st.execute("COPY (SELECT * FROM read_csv('" + sql(csv) + "', header = true, all_varchar = true)) TO '"
                        + sql(out) + "' (FORMAT parquet)");
            } catch (SQLException e) {
                throw new IOException("cannot write Parquet file " + out + ": " + e.getMessage(), e);
            }
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static String sql(Path p) {
        return p.toAbsolutePath().toString().replace("'", "''");
    }

    private static String join(List<Actor> actors, java.util.function.Function<Actor, String> f) {
        return actors.stream().map(f).map(EventExport::orEmpty).collect(Collectors.joining(";"));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String tsv(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
