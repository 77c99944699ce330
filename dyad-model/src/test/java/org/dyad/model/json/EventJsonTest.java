package org.dyad.model.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    private static final String SENTENCE = "Russian troops shelled Kharkiv on Monday, Ukrainian officials said.";

    private static Event shelling(Mention... mentions) {
        return new Event("ev-1", new EventDate(LocalDate.of(2023, 5, 1), EventDate.Precision.DAY, EventDate.Basis.TEXT),
                "ASSAULT", "aerial", "195", 4, -10.0, Modality.ASSERTED,
                List.of(Actor.of("Russian troops", "RUS", "MIL", "Russia")),
                List.of(Actor.of("Kharkiv", "UKR", null, "Ukraine")), null, List.of(mentions), null);
    }

    @Test
    void statementWithoutPloverTypeIsWrittenWithANullEvent() throws Exception {
        String text = "Chile expressed condolences to Ecuador after the landslide.";
        Event condolences = new Event("ev-2", new EventDate(LocalDate.of(2023, 5, 2), EventDate.Precision.DAY,
                EventDate.Basis.PUBLICATION), null, null, "018", 1, 3.4, Modality.ASSERTED,
                List.of(Actor.of("Chile", "CHL", null, "Chile")), List.of(Actor.of("Ecuador", "ECU", null, "Ecuador")),
                null, List.of(new Mention("a-2", null, null, 0, 0, text.length(), "expressed", text)), null);
        String json = EventJson.write(condolences);
        JsonNode o = new ObjectMapper().readTree(json);
        assertTrue(o.has("event") && o.get("event").isNull(), json);
        assertFalse(o.has("mode"), json);
        assertEquals("018", o.path("cameo").asText());
        assertEquals(3.4, o.path("goldstein").asDouble());
        Event back = EventJson.read(json);
        assertNull(back.type());
        assertFalse(back.typed());
        assertEquals("statement 018", back.label());
        assertEquals("ASSAULT/aerial", shelling().label());
    }

    @Test
    void speakerOfAMentionIsWrittenAndReadBack() throws Exception {
        Mention m = new Mention("a-1", null, "Kyiv Daily", 0, 0, SENTENCE.length(), "shelled", SENTENCE,
                Actor.of("Ukrainian officials", "UKR", "GOV", "Ukraine"));
        String json = EventJson.write(shelling(m));
        JsonNode speaker = new ObjectMapper().readTree(json).path("mentions").get(0).path("speaker");
        assertEquals("UKRGOV", speaker.path("code").asText());
        assertEquals("Ukrainian officials", speaker.path("text").asText());
        assertEquals(m, EventJson.read(json).mentions().get(0));
    }

    @Test
    void unresolvedSpeakerHasTextButNoCode() throws Exception {
        Mention m = new Mention("a-1", null, null, 0, 0, SENTENCE.length(), "shelled", SENTENCE,
                new Actor("local witnesses", null, null, null, null));
        String json = EventJson.write(shelling(m));
        JsonNode speaker = new ObjectMapper().readTree(json).path("mentions").get(0).path("speaker");
        assertEquals("local witnesses", speaker.path("text").asText());
        assertFalse(speaker.has("code"), json);
        Mention back = EventJson.read(json).mentions().get(0);
        assertEquals("local witnesses", back.speaker().text());
        assertNull(back.speaker().code());
    }

    @Test
    void reportInTheArticlesOwnVoiceHasNoSpeakerField() throws Exception {
        Mention m = new Mention("a-1", null, null, 0, 0, SENTENCE.length(), "shelled", SENTENCE);
        String json = EventJson.write(shelling(m));
        assertTrue(new ObjectMapper().readTree(json).path("mentions").get(0).has("trigger"));
        assertFalse(new ObjectMapper().readTree(json).path("mentions").get(0).has("speaker"), json);
        assertNull(EventJson.read(json).mentions().get(0).speaker());
    }
}
