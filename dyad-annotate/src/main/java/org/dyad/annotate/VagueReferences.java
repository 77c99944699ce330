package org.dyad.annotate;

import java.util.List;
import java.util.Locale;
import org.dyad.model.Sentence;
import org.dyad.model.Timex;

/**
 * Gives "these days" the TimeML reference value for the present (PRESENT_REF), where SUTime writes an
 * unspecified duration of days (PXD) that says neither when nor how long. ("In recent years" is left
 * as SUTime writes it: TimeBank annotates it as a duration as often as the past.)
 */
final class VagueReferences {

    private VagueReferences() {
    }

    static List<Timex> apply(Sentence s, List<Timex> timexes) {
        return timexes.stream().map(t -> reference(s, t)).toList();
    }

    private static Timex reference(Sentence s, Timex t) {
        if (!"PXD".equals(t.value()) || t.end() < 2) {
            return t;
        }
        String last = s.token(t.end() - 1).word().toLowerCase(Locale.ROOT);
        String modifier = s.token(t.end() - 2).word().toLowerCase(Locale.ROOT);
        if (modifier.equals("these") && last.equals("days")) {
            return new Timex(t.begin(), t.end(), t.text(), "DATE", "PRESENT_REF");
        }
        return t;
    }
}
