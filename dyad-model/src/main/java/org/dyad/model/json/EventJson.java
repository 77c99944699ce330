package org.dyad.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Modality;

/** The event record of DESIGN.md as JSON, one object per line. Unknown fields are omitted. */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventJson() {
    }

    public static String write(Event e) {
        try {
            return MAPPER.writeValueAsString(toNode(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    public static ObjectNode toNode(Event e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id());
        EventDate d = e.date();
        if (d.date() != null) {
            o.put("date", d.date().toString());
        } else {
            o.putNull("date");
        }
        o.put("date_precision", d.precision().label());
        o.put("date_basis", d.basis().label());
        o.put("event", e.type());
        putIfPresent(o, "mode", e.mode());
        o.put("cameo", e.cameo());
        o.put("quad_class", e.quadClass());
        o.put("goldstein", e.goldstein());
        o.put("modality", e.modality().label());
        o.set("actor", actors(e.actors()));
        o.set("recipient", actors(e.recipients()));
        if (e.location() != null) {
            Location l = e.location();
            ObjectNode lo = o.putObject("location");
            putIfPresent(lo, "text", l.text());
            putIfPresent(lo, "name", l.name());
            putIfPresent(lo, "country", l.country());
            if (l.lat() != null) {
                lo.put("lat", l.lat());
                lo.put("lon", l.lon());
            }
            putIfPresent(lo, "precision", l.precision());
        }
        ObjectNode counts = o.putObject("counts");
        counts.put("mentions", e.mentionCount());
        counts.put("articles", e.articleCount());
        counts.put("sources", e.sourceCount());
        ArrayNode ms = o.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode mo = ms.addObject();
            mo.put("doc", m.doc());
            putIfPresent(mo, "url", m.url());
            putIfPresent(mo, "source", m.source());
            mo.put("sentence", m.sentence());
            mo.put("start", m.start());
            mo.put("end", m.end());
            mo.put("trigger", m.trigger());
            mo.put("text", m.text());
            if (m.speaker() != null) {
                mo.set("speaker", actor(m.speaker()));
            }
        }
        putIfPresent(o, "story", e.story());
        return o;
    }

    public static Event read(String json) {
        try {
            return fromNode(MAPPER.readTree(json));
        } catch (JsonProcessingException ex) {
            throw new IllegalArgumentException("not an event record: " + ex.getOriginalMessage(), ex);
        }
    }

    public static Event fromNode(JsonNode o) {
        EventDate date = new EventDate(
                o.hasNonNull("date") ? LocalDate.parse(o.get("date").asText()) : null,
                EventDate.Precision.valueOf(o.path("date_precision").asText("unknown").toUpperCase()),
                EventDate.Basis.valueOf(o.path("date_basis").asText("unknown").toUpperCase()));
        Location location = null;
        JsonNode l = o.get("location");
        if (l != null && l.isObject()) {
            location = new Location(text(l, "text"), text(l, "name"), text(l, "country"),
                    l.hasNonNull("lat") ? l.get("lat").asDouble() : null,
                    l.hasNonNull("lon") ? l.get("lon").asDouble() : null, text(l, "precision"));
        }
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : o.path("mentions")) {
            mentions.add(new Mention(text(m, "doc"), text(m, "url"), text(m, "source"),
                    m.path("sentence").asInt(), m.path("start").asInt(), m.path("end").asInt(),
                    text(m, "trigger"), text(m, "text"), m.hasNonNull("speaker") ? readActor(m.get("speaker")) : null));
        }
        return new Event(text(o, "id"), date, text(o, "event"), text(o, "mode"), text(o, "cameo"),
                o.path("quad_class").asInt(), o.path("goldstein").asDouble(),
                Modality.parse(o.path("modality").asText("asserted")),
                readActors(o.path("actor")), readActors(o.path("recipient")), location, mentions,
                text(o, "story"));
    }

    private static ArrayNode actors(List<Actor> actors) {
        ArrayNode a = MAPPER.createArrayNode();
        for (Actor actor : actors) {
            a.add(actor(actor));
        }
        return a;
    }

    /** One actor; a speaker no dictionary resolved has its text only. */
    private static ObjectNode actor(Actor actor) {
        ObjectNode ao = MAPPER.createObjectNode();
        ao.put("text", actor.text());
        putIfPresent(ao, "code", actor.code());
        putIfPresent(ao, "country", actor.country());
        putIfPresent(ao, "sector", actor.sector());
        putIfPresent(ao, "entity", actor.entity());
        return ao;
    }

    private static List<Actor> readActors(JsonNode array) {
        List<Actor> out = new ArrayList<>();
        for (JsonNode a : array) {
            out.add(readActor(a));
        }
        return out;
    }

    private static Actor readActor(JsonNode a) {
        return new Actor(text(a, "text"), text(a, "code"), text(a, "country"), text(a, "sector"), text(a, "entity"));
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static void putIfPresent(ObjectNode o, String field, String value) {
        if (value != null) {
            o.put(field, value);
        }
    }
}
