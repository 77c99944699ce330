package org.dyad.resolve;

import org.dyad.model.Actor;
import org.dyad.model.ActorMention;

/**
 * An actor mention as later pronouns and descriptions see it.
 *
 * @param mention the mention
 * @param type    what can refer back to it: "he"/"she" a person, "it" a country, body or collective,
 *                "they" a group
 * @param gender  "m", "f" or "" (unknown) for persons
 * @param office  a person's office or title ("Minister of Foreign Affairs", "foreign minister"), or null
 * @param place   the country the text named for it ("Russia" for "Russian troops"), which "the
 *                country" may take; {@code null} when the text named none
 * @param group   mentions coordinated by "and" share a group, which "they" takes whole
 * @param subject whether the mention is a subject in its sentence (known only for parsed sentences)
 * @param predicate the verb the mention is the subject, object or oblique ("met with X") of, -1 when
 *                  none or unparsed: "Blinken met Wang Yi. They ..." takes both arguments of "met"
 * @param between whether the mention is named in a "between" phrase ("talks between Hamas and
 *                Israel"): the parties of talks, a deal or a fight, which "both sides" takes before
 *                the hosts or mediators named with them
 * @param reports whether the mention is the subject of a verb of saying ("X and Y said") or of appeal
 *                ("X urged Y to"): those who report an act or address a party, whom "both sides"
 *                does not take
 */
record Referent(ActorMention mention, Type type, String gender, String office, Actor place, int group,
                boolean subject, int predicate, boolean between, boolean reports) {

    enum Type { PERSON, COUNTRY, ORGANIZATION, COLLECTIVE, GROUP }

    int sentence() {
        return mention.sentence();
    }

    Actor actor() {
        return mention.actor();
    }
}
