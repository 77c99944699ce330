package org.dyad.annotate;

import static org.dyad.model.Texts.sentence;

import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/** Hand-written sentences whose one expression has a given TIMEX3 type (Texts writes DATE). */
final class TimexTests {

    private TimexTests() {
    }

    static Sentence typed(String tokens, String deps, String timex, String type) {
        Sentence s = sentence(0, tokens, deps, timex);
        Timex t = s.timexes().get(0);
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), s.dependencies(),
                List.of(new Timex(t.begin(), t.end(), t.text(), type, t.value())));
    }
}
