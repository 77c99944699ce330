package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.json.EventJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventExportTest {

    private static final Event CALL = new Event("ev-00aa11bb22cc33dd",
            EventDate.fromText(LocalDate.of(2022, 2, 15), EventDate.Precision.DAY), "CONSULT", "phone", "041", 1, 1.0,
            Modality.ASSERTED, List.of(Actor.of("Antony Blinken", "USA", "GOV", "Antony Blinken")),
            List.of(Actor.of("Sergey Lavrov", "RUS", "GOV", "Sergey Lavrov")),
            new Location("in Geneva", "Geneva", "CHE", 46.2, 6.15, Location.CITY),
            List.of(new Mention("a-1", "https://news.example/a-1", "Example Wire", 0, 0, 60, "spoke",
                    "Blinken spoke with Lavrov on Tuesday, \"frankly\", officials said.",
                    new Actor("officials", null, null, null, null))), null);

    private static String write(EventExport.Format f) throws Exception {
        StringWriter w = new StringWriter();
        EventExport.write(List.of(CALL), f, w);
        return w.toString();
    }

    @Test
    void ploverIsTheEventRecord() throws Exception {
        assertEquals(CALL, EventJson.read(write(EventExport.Format.PLOVER).strip()));
    }

    @Test
    void csvQuotesFieldsWithCommasAndQuotes() throws Exception {
        String[] lines = write(EventExport.Format.CSV).split("\n");
        assertEquals(String.join(",", EventExport.CSV_COLUMNS), lines[0]);
        assertTrue(lines[1].startsWith("ev-00aa11bb22cc33dd,2022-02-15,day,text,CONSULT,phone,041,1,1.0,asserted,USAGOV,USA,"));
        assertTrue(lines[1].contains(",Sergey Lavrov,Geneva,CHE,city,46.2,6.15,1,a-1,"), lines[1]);
        assertTrue(lines[1].endsWith(",officials,,\"Blinken spoke with Lavrov on Tuesday, \"\"frankly\"\", officials said.\""),
                "the speaker's words, no code, then the sentence: " + lines[1]);
    }

    @Test
    void gdeltRowHasDyadCodesAndCounts() throws Exception {
        String[] lines = write(EventExport.Format.GDELT).split("\n");
        String[] header = lines[0].split("\t");
        String[] row = lines[1].split("\t", -1);
        assertEquals(header.length, row.length);
        assertEquals("20220215", row[1]);
        assertEquals("USAGOV", row[4]);
        assertEquals("RUSGOV", row[8]);
        assertEquals("041", row[13]);
        assertEquals("04", row[15]);
        assertEquals("1", row[18], "NumMentions");
        assertEquals(List.of("4", "Geneva, CHE", "CHE", "46.2", "6.15"), List.of(row).subList(21, 26),
                "ActionGeo: a city outside the United States");
        assertEquals("20220215", row[26], "DATEADDED");
        assertEquals("https://news.example/a-1", row[27]);
    }

    @Test
    void statementWithoutPloverTypeExportsItsCameoCode() {
        Event condolences = new Event("ev-11aa", CALL.date(), null, null, "018", 1, 3.4, Modality.ASSERTED, CALL.actors(),
                CALL.recipients(), null, CALL.mentions(), null);
        List<String> csv = EventExport.csvRow(condolences);
        assertEquals("", csv.get(EventExport.CSV_COLUMNS.indexOf("event")), "no PLOVER type: an empty field");
        assertEquals("018", csv.get(EventExport.CSV_COLUMNS.indexOf("cameo")));
        List<String> gdelt = EventExport.gdeltRow(condolences);
        assertEquals(List.of("018", "018", "01", "1", "3.4"), gdelt.subList(13, 18), "EventCode, base, root, QuadClass, Goldstein");
    }

    @Test
    void parquetIsReadableByDuckDb(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("events.parquet");
        EventExport.write(List.of(CALL), EventExport.Format.PARQUET, out);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, cameo, actor_codes, location, latitude FROM read_parquet('"
                     + out + "')")) {
            assertTrue(rs.next());
            assertEquals("ev-00aa11bb22cc33dd", rs.getString(1));
            assertEquals("041", rs.getString(2));
            assertEquals("USAGOV", rs.getString(3));
            assertEquals("Geneva", rs.getString(4));
            assertEquals("46.2", rs.getString(5));
        }
    }
}
