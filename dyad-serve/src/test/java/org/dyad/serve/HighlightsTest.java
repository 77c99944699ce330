package org.dyad.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

class HighlightsTest {

    private static Event event(List<Actor> actors, List<Actor> recipients) {
        return new Event("e", EventDate.fromText(LocalDate.of(2022, 2, 15), EventDate.Precision.DAY), "CONSULT",
                "phone", "041", 1, 1.0, Modality.ASSERTED, actors, recipients, null, List.of(), null);
    }

    private static Actor actor(String text) {
        return new Actor(text, "USAGOV", "USA", "GOV", null);
    }

    private static String marked(String sentence, List<Highlights.Span> spans) {
        StringBuilder sb = new StringBuilder(sentence);
        for (int i = spans.size() - 1; i >= 0; i--) {
            Highlights.Span s = spans.get(i);
            sb.insert(s.end(), "]").insert(s.start(), "[" + s.kind() + ":");
        }
        return sb.toString();
    }

    @Test
    void marksTriggerActorAndRecipient() {
        String s = "U.S. Secretary of State Antony Blinken spoke by phone with Russian Foreign Minister Sergey Lavrov.";
        List<Highlights.Span> spans = Highlights.of(s, "spoke",
                event(List.of(actor("U.S. Secretary of State Antony Blinken")), List.of(actor("Sergey Lavrov"))));
        assertEquals("[actor:U.S. Secretary of State Antony Blinken] [trigger:spoke] by phone with Russian Foreign "
                + "Minister [recipient:Sergey Lavrov].", marked(s, spans));
        assertEquals(new Highlights.Span(0, 38, "actor"), spans.get(0));
    }

    @Test
    void wholeWordsOnly() {
        String s = "The USSR and the US signed the treaty.";
        List<Highlights.Span> spans = Highlights.of(s, "sign", event(List.of(actor("US")), List.of()));
        assertEquals("The USSR and the [actor:US] signed the treaty.", marked(s, spans));
    }

    @Test
    void exactCaseFirstThenAnyCase() {
        String s = "He said he would meet them; Sanctions followed the sanctions.";
        List<Highlights.Span> spans = Highlights.of(s, "sanctions", event(List.of(actor("he")), List.of()));
        assertEquals("He said [actor:he] would meet them; Sanctions followed the [trigger:sanctions].", marked(s, spans));
        List<Highlights.Span> fallback = Highlights.of("Talks resumed.", "talks", event(List.of(), List.of()));
        assertEquals(List.of(new Highlights.Span(0, 5, "trigger")), fallback);
    }

    @Test
    void sameTextOnBothSidesTakesTheNextOccurrence() {
        String s = "Senior officials met officials from Geneva.";
        List<Highlights.Span> spans = Highlights.of(s, "met",
                event(List.of(actor("officials")), List.of(actor("officials"))));
        assertEquals("Senior [actor:officials] [trigger:met] [recipient:officials] from Geneva.", marked(s, spans));
    }

    @Test
    void missingPhrasesAreNotMarked() {
        assertEquals(List.of(), Highlights.of("Nothing here.", "spoke",
                event(List.of(actor("Blinken")), List.of())));
        assertEquals(List.of(), Highlights.of("", "spoke", event(List.of(), List.of())));
        assertEquals(List.of(), Highlights.of(null, null, event(List.of(), List.of())));
    }
}
