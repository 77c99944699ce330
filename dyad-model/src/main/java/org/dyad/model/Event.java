package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * A coded political event, aligned with PLOVER and CAMEO (see DESIGN.md, "The event record").
 *
 * @param id         stable identifier: same input and dictionaries give the same id
 * @param date       when, with precision and basis
 * @param type       PLOVER event type (CONSULT, ASSAULT, ...), or {@code null} where PLOVER has none for the
 *                   CAMEO code (01, public statements: "expressed condolences")
 * @param mode       PLOVER mode ("phone", "visit", ...) or {@code null}
 * @param cameo      CAMEO code ("040")
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  Goldstein scale value of the CAMEO code, -10 to +10
 * @param modality   asserted, negated, hypothetical, future or denied
 * @param actors     the source actors; several for compound actors
 * @param recipients the target actors, possibly none
 * @param location   where, or {@code null}
 * @param mentions   the reports of this event
 * @param story      story id or {@code null}
 */
public record Event(String id, EventDate date, String type, String mode, String cameo, int quadClass,
                    double goldstein, Modality modality, List<Actor> actors, List<Actor> recipients,
                    Location location, List<Mention> mentions, String story) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(modality, "modality");
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        mentions = List.copyOf(mentions);
    }

    /** Whether PLOVER types this event; a CAMEO 01 statement it does not. */
    public boolean typed() {
        return type != null;
    }

    /**
     * The event's kind for people: its PLOVER type and mode ("CONSULT/visit"), or for an untyped
     * statement "statement" and its CAMEO code ("statement 018").
     */
    public String label() {
        return type == null ? "statement " + cameo : type + (mode == null ? "" : "/" + mode);
    }

    public boolean asserted() {
        return modality == Modality.ASSERTED;
    }

    /** How many reports (sentences) say this event happened. */
    public int mentionCount() {
        return mentions.size();
    }

    /** How many articles report it. */
    public int articleCount() {
        return (int) mentions.stream().map(Mention::doc).distinct().count();
    }

    /** How many outlets report it (see {@link Mention#outlet()}). */
    public int sourceCount() {
        return (int) mentions.stream().map(Mention::outlet).distinct().count();
    }

    /** The same event with other mentions. */
    public Event withMentions(List<Mention> other) {
        return new Event(id, date, type, mode, cameo, quadClass, goldstein, modality, actors, recipients, location,
                other, story);
    }

    /** The same event in another story. */
    public Event withStory(String other) {
        return new Event(id, date, type, mode, cameo, quadClass, goldstein, modality, actors, recipients, location,
                mentions, other);
    }
}
