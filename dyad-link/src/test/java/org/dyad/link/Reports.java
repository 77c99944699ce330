package org.dyad.link;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Modality;

/** Hand-made coded events for linking tests: no NLP model needed. */
final class Reports {

    static final Actor BLINKEN = new Actor("U.S. Secretary of State Antony Blinken", "USAGOV", "USA", "GOV", "Antony Blinken");
    static final Actor LAVROV = new Actor("Russian Foreign Minister Sergey Lavrov", "RUSGOV", "RUS", "GOV", "Sergey Lavrov");
    static final Actor KENYA = new Actor("Kenya", "KEN", "KEN", null, "Kenya");
    static final Actor SOMALIA = new Actor("Somalia", "SOM", "SOM", null, "Somalia");

    private Reports() {
    }

    /** A builder of one coded event with its one mention. */
    static final class Spec {
        String id;
        String doc;
        String source;
        LocalDate date;
        EventDate.Precision precision = EventDate.Precision.DAY;
        EventDate.Basis basis = EventDate.Basis.TEXT;
        String type = "CONSULT";
        String mode = "phone";
        String cameo = "041";
        Modality modality = Modality.ASSERTED;
        Actor source1 = BLINKEN;
        Actor target = LAVROV;
        Location location;
        int sentence;
        String text = "Blinken spoke by phone with Lavrov on Tuesday.";

        Spec(String id, String doc, String source) {
            this.id = id;
            this.doc = doc;
            this.source = source;
        }

        Spec on(LocalDate d) {
            date = d;
            return this;
        }

        Spec byPublication(LocalDate d) {
            date = d;
            basis = EventDate.Basis.PUBLICATION;
            return this;
        }

        Spec precision(EventDate.Precision p) {
            precision = p;
            return this;
        }

        Spec undated() {
            date = null;
            precision = EventDate.Precision.UNKNOWN;
            basis = EventDate.Basis.UNKNOWN;
            return this;
        }

        Spec type(String t, String c, String m) {
            type = t;
            cameo = c;
            mode = m;
            return this;
        }

        Spec actors(Actor s, Actor t) {
            source1 = s;
            target = t;
            return this;
        }

        Spec modality(Modality m) {
            modality = m;
            return this;
        }

        Spec at(Location l) {
            location = l;
            return this;
        }

        Spec sentence(int i, String t) {
            sentence = i;
            text = t;
            return this;
        }

        Event event() {
            EventDate d = date == null ? EventDate.UNKNOWN : new EventDate(date, precision, basis);
            Mention m = new Mention(doc, "https://" + source.toLowerCase().replace(' ', '-') + ".test/" + doc, source,
                    sentence, sentence * 100, sentence * 100 + text.length(), "spoke", text);
            return new Event(id, d, type, mode, cameo, 1, 1.0, modality, List.of(source1),
                    target == null ? List.of() : List.of(target), location, List.of(m), null);
        }

        Report report(LocalDate published) {
            return new Report(id, doc, published, event());
        }
    }

    static Spec spec(String id, String doc, String source) {
        return new Spec(id, doc, source);
    }
}
