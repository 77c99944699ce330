package org.dyad.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.dyad.model.Modality;
import org.dyad.store.EventQuery;

/**
 * The query parameters of one request, checked. Every malformed or unknown parameter is refused with an
 * {@link ApiException} (400) that names it; an empty value counts as absent.
 */
final class Params {

    /** The event filters shared by the listing, timeline, series and actor endpoints. */
    static final Set<String> FILTERS = Set.of("actor", "dyad", "country", "place", "type", "modality", "from", "to");

    private static final Pattern ACTOR = Pattern.compile("[\\p{L}\\p{N} .,'’_-]{1,100}");
    private static final Pattern DYAD = Pattern.compile("[A-Za-z]{3,12}:[A-Za-z]{3,12}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern PLACE = Pattern.compile("[\\p{L} .'’-]{2,80}");
    private static final Pattern TYPE = Pattern.compile("[A-Za-z_]{2,24}|\\d{2,4}");

    private final Map<String, List<String>> query;

    private Params(Map<String, List<String>> query) {
        this.query = query;
    }

    /** The parameters of {@code ctx}, refusing any not in {@code allowed}. */
    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> q = ctx.queryParamMap();
        for (String name : q.keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter '" + name + "'; this endpoint takes "
                        + (allowed.isEmpty() ? "no parameters" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
        return new Params(q);
    }

    static Set<String> with(Set<String> base, String... more) {
        Set<String> s = new TreeSet<>(base);
        s.addAll(Arrays.asList(more));
        return s;
    }

    /** The value, trimmed, or {@code null} when absent or empty. */
    String string(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.badParameter(name, "parameter '" + name + "' is given more than once");
        }
        String v = values.get(0).trim();
        return v.isEmpty() ? null : v;
    }

    int integer(String name, int min, int max, int fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badParameter(name, "parameter '" + name + "' must be a whole number from " + min + " to "
                + max + ", got '" + v + "'");
    }

    LocalDate date(String name) {
        String v = string(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must be an ISO date like 2022-02-15, got '"
                    + v + "'");
        }
    }

    /** One of {@code choices} (case-insensitive), or {@code fallback} when absent. */
    String choice(String name, List<String> choices, String fallback) {
        String v = string(name);
        if (v == null) {
            return fallback;
        }
        String l = v.toLowerCase(Locale.ROOT);
        if (choices.contains(l)) {
            return l;
        }
        throw ApiException.badParameter(name, "parameter '" + name + "' must be one of " + String.join(", ", choices)
                + "; got '" + v + "'");
    }

    private String matching(String name, Pattern pattern, String what) {
        String v = string(name);
        if (v != null && !pattern.matcher(v).matches()) {
            throw ApiException.badParameter(name, "parameter '" + name + "' must be " + what + ", got '" + v + "'");
        }
        return v;
    }

    Set<Modality> modalities() {
        String v = string("modality");
        if (v == null) {
            return Set.of(Modality.ASSERTED);
        }
        Set<Modality> out = EnumSet.noneOf(Modality.class);
        for (String part : v.split(",")) {
            String p = part.trim();
            if (p.equalsIgnoreCase("all")) {
                return EnumSet.allOf(Modality.class);
            }
            try {
                out.add(Modality.parse(p));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter("modality", "parameter 'modality' takes asserted, negated, hypothetical, "
                        + "future, denied (comma-separated) or all; got '" + v + "'");
            }
        }
        return out;
    }

    /** The event filters as a store query with the given paging. */
    EventQuery query(int limit, int offset) {
        String actor = matching("actor", ACTOR, "a code (RUSGOV), country (RUS), organisation (IGONAT) or name");
        String dyad = matching("dyad", DYAD, "two codes or countries joined by a colon, like USA:RUS");
        String country = matching("country", COUNTRY, "a three-letter country code like RUS");
        String type = matching("type", TYPE, "a PLOVER type like CONSULT or a CAMEO code prefix like 04");
        Set<Modality> modalities = modalities();
        LocalDate from = date("from");
        LocalDate to = date("to");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("to", "parameter 'to' (" + to + ") is before 'from' (" + from + ")");
        }
        try {
            String place = matching("place", PLACE, "a three-letter country code like SDN or a place name like Khartoum");
            return new EventQuery(actor, dyad, country, type, modalities, from, to, limit, offset).withPlace(place);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, e.getMessage(), null);
        }
    }
}
