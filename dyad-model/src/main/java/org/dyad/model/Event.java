package org.dyad.model;

import java.util.List;
import java.util.Objects;

/**
 * A coded political event, aligned with PLOVER and CAMEO (see DESIGN.md, "The event record").
 *
 * @param id         stable identifier: same input and dictionaries give the same id
 * @param date       when, with precision and basis
 * @param type       PLOVER event type (CONSULT, ASSAULT, ...)
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
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(modality, "modality");
        actors = List.copyOf(actors);
        recipients = List.copyOf(recipients);
        mentions = List.copyOf(mentions);
    }

    public boolean asserted() {
        return modality == Modality.ASSERTED;
    }
}
