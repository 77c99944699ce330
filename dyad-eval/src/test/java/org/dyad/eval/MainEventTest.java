package org.dyad.eval;

import static org.dyad.model.Texts.article;
import static org.dyad.model.Texts.sentence;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dyad.code.PatternCoder;
import org.dyad.model.Actor;
import org.dyad.model.ActorMention;
import org.dyad.model.AnnotatedArticle;
import org.dyad.model.Event;
import org.dyad.model.ResolvedArticle;
import org.dyad.model.Sentence;
import org.dyad.pipeline.CodedArticle;
import org.junit.jupiter.api.Test;

/** Which of a sentence's coded events the CAMEO accuracy scores as its main event. */
class MainEventTest {

    private static ActorMention m(int begin, int end, String country, String sector) {
        return new ActorMention(0, begin, end, end - 1, Actor.of(country, country, sector, country), "test");
    }

    @Test
    void aStatementWithoutPloverTypeIsNoPloverEventButMayBeTheMainOne() {
        // "Norway expressed sympathy to Chile after Argentine troops shelled a border post"
        Sentence s = sentence(0, "Norway/NNP expressed/VBD/express sympathy/NN to/TO Chile/NNP after/IN Argentine/JJ "
                        + "troops/NNS/troops shelled/VBD/shell a/DT border/NN post/NN ./.",
                "root -1 1; nsubj 1 0; obj 1 2; case 4 3; obl 1 4; mark 8 5; amod 7 6; nsubj 8 7; advcl 1 8; "
                        + "det 11 9; compound 11 10; obj 8 11; punct 1 12");
        AnnotatedArticle a = article("doc-2", LocalDate.of(2023, 3, 6), s);
        ResolvedArticle r = new ResolvedArticle(a, List.of(m(0, 1, "NOR", null), m(4, 5, "CHL", null),
                m(6, 8, "ARG", "MIL")));
        List<Event> events = PatternCoder.standard().code(r);
        Event main = EventEvaluation.mainEvent(new CodedArticle(r, events, null));
        assertEquals("018", main.cameo(), events.toString());
        List<Event> plover = EventEvaluation.ploverEvents(events);
        assertEquals(events.size() - 1, plover.size(), events.toString());
        assertEquals(List.of("ASSAULT"), plover.stream().map(Event::type).distinct().toList());
    }

    @Test
    void anAdverbialClauseIsBackgroundToAnObjectOfTheMainVerb() {
        // "announced a suspension" and "after ... shelled" hang at one depth; the shelling is only when
        Sentence s = sentence(0, "Canada/NNP announced/VBD/announce a/DT suspension/NN of/IN flights/NNS/flight to/IN "
                        + "Peru/NNP on/IN Monday/NNP ,/, hours/NNS/hour after/IN Peruvian/JJ troops/NNS/troops "
                        + "shelled/VBD/shell a/DT border/NN post/NN ./.",
                "root -1 1; nsubj 1 0; det 3 2; obj 1 3; case 5 4; nmod 3 5; case 7 6; nmod 5 7; case 9 8; obl 1 9; "
                        + "punct 15 10; obl:npmod 15 11; mark 15 12; amod 14 13; nsubj 15 14; advcl 1 15; det 18 16; "
                        + "compound 18 17; obj 15 18; punct 1 19");
        AnnotatedArticle a = article("doc-1", LocalDate.of(2023, 3, 6), s);
        ResolvedArticle r = new ResolvedArticle(a, List.of(m(0, 1, "CAN", "GOV"), m(7, 8, "PER", null),
                m(13, 15, "PER", "MIL")));
        List<Event> events = PatternCoder.standard().code(r);
        assertEquals(2, events.size(), events.toString());
        Event main = EventEvaluation.mainEvent(new CodedArticle(r, events, null));
        assertEquals("suspension", main.mentions().get(0).trigger());
        assertEquals("16", main.cameo().substring(0, 2));
    }
}
