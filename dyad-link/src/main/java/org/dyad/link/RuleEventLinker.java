package org.dyad.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dyad.model.Actor;
import org.dyad.model.Event;
import org.dyad.model.EventDate;
import org.dyad.model.EventDate.Basis;
import org.dyad.model.EventDate.Precision;
import org.dyad.model.Location;
import org.dyad.model.Mention;

/**
 * The linking rules. Two reports are the same event when they have
 * <ul>
 *   <li>the same <b>dyad</b>: the same countries (or codes, for bodies with no country) as source and
 *       as target; where a country is on both sides, each side also as the state (its government,
 *       forces, courts, legislature, or the country named alone) or the society (citizens, opposition,
 *       rebels, media, ...), so that a government's act on protesters and theirs on it stay apart. For CONSULT and COOPERATE, which take two sides alike, the direction does not count:
 *       "Lavrov spoke with Blinken" is the call that "Blinken spoke with Lavrov" reports, and so is
 *       "the two diplomats spoke" with both as joint source;</li>
 *   <li>the same PLOVER <b>type</b> (for a CAMEO 01 statement, which has none, the same CAMEO code) and
 *       the same modality (a denied invasion is not an invasion); modes may differ ("held talks" and
 *       "spoke by phone" are one call);</li>
 *   <li>the same or an overlapping <b>date</b>, as below;</li>
 *   <li>a compatible <b>place</b>: the same city or region, or unknown on either side (a country
 *       alone counts as unknown: "fighting in Sudan" may be the fighting in Khartoum).</li>
 * </ul>
 *
 * <p>Dates decide the events of a group:
 * <ol>
 *   <li>Reports dated to the day by the text are <em>anchored</em>: each day is one event. Two calls a
 *       week apart are two events; the same call told on two days by three outlets is one.</li>
 *   <li>A report dated by its publication date alone may tell of that day or the {@value #LOOKBACK}
 *       before it, and one dated to a week of that week: it joins the latest anchored event in that
 *       span. A report dated to a month or a year joins the anchored event of that period only if
 *       there is exactly one.</li>
 *   <li>What is left: reports dated by publication only are cut into runs, each starting at its
 *       earliest date and taking the reports up to {@value #LOOKBACK} days later; weeks, months and years
 *       are one event per period; an undated report links only with the undated reports of its own
 *       article.</li>
 * </ol>
 *
 * <p>The id of an event is a hash of its group and its date key ({@code day:2022-02-15},
 * {@code pub:2022-02-16}, {@code month:2022-03-01}, ...), never of the first article: the same reports
 * give the same ids in any order. A new report can change the events of its group: an anchored report
 * for a day that only publication-dated reports knew gives that day an anchored event, which takes over
 * the nearby reports. The store keeps the id of an event that disappears this way as an alias of the
 * event that took most of its reports.
 */
public final class RuleEventLinker implements EventLinker {

    /** Types whose two sides are alike: direction is not part of the dyad. */
    public static final Set<String> SYMMETRIC = Set.of("CONSULT", "COOPERATE");
    /** Days before its publication that a report dated by publication alone may tell of. */
    public static final int LOOKBACK = 2;

    /** Names the grouping rules; see {@link EventLinker#rules}. 2: domestic dyads split into state and society. */
    @Override
    public String rules() {
        return "dyad-rules-2";
    }

    @Override
    public String group(Event e) {
        // a CAMEO 01 statement has no PLOVER type: its code keeps condolences and denials apart
        String kind = e.type() != null ? e.type() : String.valueOf(e.cameo());
        // "the two diplomats held a phone call": two sides acting together are the same dyad as one of
        // them calling the other, so a joint source all of one country is domestic like a dyad of one
        boolean joint = SYMMETRIC.contains(kind) && e.recipients().isEmpty() && e.actors().size() > 1;
        boolean domestic = joint
                ? e.actors().stream().map(RuleEventLinker::side).distinct().count() == 1
                : e.actors().stream().map(RuleEventLinker::side)
                        .anyMatch(c -> e.recipients().stream().map(RuleEventLinker::side).anyMatch(c::equals));
        String source = sides(e.actors(), domestic);
        String target = sides(e.recipients(), domestic);
        if (source.isEmpty() && target.isEmpty()) {
            return "alone|" + e.id();
        }
        if (joint) {
            String[] pair = source.split("\\+");
            if (pair.length == 2) {
                source = pair[0];
                target = pair[1];
            } else if (pair.length == 1 && domestic) {
                target = source;  // "two ministers met": the state with itself
            }
        }
        if (SYMMETRIC.contains(kind) && !target.isEmpty() && source.compareTo(target) > 0) {
            String t = source;
            source = target;
            target = t;
        }
        return e.modality().label() + "|" + kind + "|" + source + ">" + target;
    }

    private static String sides(List<Actor> actors, boolean domestic) {
        TreeSet<String> s = new TreeSet<>();
        for (Actor a : actors) {
            s.add(side(a) + (domestic ? state(a) ? ":state" : ":society" : ""));
        }
        return String.join("+", s);
    }

    private static String side(Actor a) {
        return a.country() != null ? a.country() : a.code();
    }

    /**
     * Sectors that act for a state, and a country named alone (no sector). Within one country they tell
     * the direction of a domestic dyad: "the president denounced the protesters" and "protest leaders
     * accused the government" are two events, where "police arrested students" and "Serbia arrested
     * students" are one.
     */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

    private static boolean state(Actor a) {
        return a.sector() == null || STATE.contains(a.sector());
    }

    @Override
    public List<LinkedEvent> link(String group, Collection<Report> reports) {
        List<Report> sorted = new ArrayList<>(reports);
        sorted.sort(Report.ORDER);
        Map<String, List<Report>> clusters = new TreeMap<>();
        Map<String, EventDate> dates = new LinkedHashMap<>();

        // 1. Anchored: dated to the day by the text; one event per day (and known place).
        List<Report> rest = new ArrayList<>();
        for (Report r : sorted) {
            EventDate d = r.event().date();
            if (d.precision() == Precision.DAY && d.basis() == Basis.TEXT && d.date() != null) {
                String place = place(r);
                String key = "day:" + d.date() + (place.isEmpty() ? "" : "@" + place);
                clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                dates.put(key, EventDate.fromText(d.date(), Precision.DAY));
            } else {
                rest.add(r);
            }
        }
        // A report of unknown place joins the one known place of its day.
        for (String key : new ArrayList<>(clusters.keySet())) {
            if (key.contains("@")) {
                continue;
            }
            List<String> placed = clusters.keySet().stream().filter(k -> k.startsWith(key + "@")).toList();
            if (placed.size() == 1) {
                clusters.get(placed.get(0)).addAll(clusters.remove(key));
                dates.remove(key);
            }
        }

        // 2. Reports with a span join an anchored event in it.
        List<Report> left = new ArrayList<>();
        for (Report r : rest) {
            String chosen = anchor(r, clusters);
            if (chosen != null) {
                clusters.get(chosen).add(r);
            } else {
                left.add(r);
            }
        }

        // 3. What is left.
        List<Report> byPublication = new ArrayList<>();
        for (Report r : left) {
            EventDate d = r.event().date();
            if (d.date() == null || d.precision() == Precision.UNKNOWN) {
                String key = "doc:" + r.article();
                clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                dates.putIfAbsent(key, EventDate.UNKNOWN);
            } else if (d.precision() == Precision.DAY) {
                byPublication.add(r);
            } else {
                String key = d.precision().label() + ":" + d.date();
                clusters.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                dates.putIfAbsent(key, EventDate.fromText(d.date(), d.precision()));
            }
        }
        // Runs of publication-dated reports, from the earliest date up.
        byPublication.sort(Comparator.comparing((Report r) -> r.event().date().date()).thenComparing(Report.ORDER));
        LocalDate start = null;
        String run = null;
        for (Report r : byPublication) {
            LocalDate d = r.event().date().date();
            if (start == null || d.isAfter(start.plusDays(LOOKBACK))) {
                start = d;
                run = "pub:" + d;
                dates.put(run, new EventDate(d, Precision.DAY, Basis.PUBLICATION));
            }
            clusters.computeIfAbsent(run, k -> new ArrayList<>()).add(r);
        }

        List<LinkedEvent> out = new ArrayList<>();
        for (Map.Entry<String, List<Report>> c : clusters.entrySet()) {
            List<Report> members = new ArrayList<>(c.getValue());
            members.sort(Report.ORDER);
            String id = id(group, c.getKey());
            out.add(new LinkedEvent(group, merge(id, dates.get(c.getKey()), members), members));
        }
        return out;
    }

    /** The anchored event a report with a span joins, or {@code null}. */
    private static String anchor(Report r, Map<String, List<Report>> clusters) {
        EventDate d = r.event().date();
        if (d.date() == null || d.precision() == Precision.UNKNOWN) {
            return null;
        }
        LocalDate from;
        LocalDate to;
        boolean narrow;
        switch (d.precision()) {
            case DAY -> {
                from = d.date().minusDays(LOOKBACK);
                to = d.date();
                narrow = true;
            }
            case WEEK -> {
                from = d.date();
                to = d.date().plusDays(6);
                narrow = true;
            }
            case MONTH -> {
                from = d.date().withDayOfMonth(1);
                to = from.plusMonths(1).minusDays(1);
                narrow = false;
            }
            default -> {
                from = d.date().withDayOfYear(1);
                to = from.plusYears(1).minusDays(1);
                narrow = false;
            }
        }
        String place = place(r);
        List<String> candidates = new ArrayList<>();
        for (String key : clusters.keySet()) {
            if (!key.startsWith("day:")) {
                continue;
            }
            int at = key.indexOf('@');
            LocalDate day = LocalDate.parse(key.substring(4, at < 0 ? key.length() : at));
            String p = at < 0 ? "" : key.substring(at + 1);
            if (!day.isBefore(from) && !day.isAfter(to) && (place.isEmpty() || p.isEmpty() || p.equals(place))) {
                candidates.add(key);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (!narrow) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
        // The latest day in the span: news tells of the most recent event first.
        candidates.sort(Comparator.comparing((String k) -> k.substring(4, 14)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return candidates.get(0);
    }

    /** A report's place for linking; a whole country is no place here, as it holds any city named elsewhere. */
    private static String place(Report r) {
        Location l = r.event().location();
        if (l == null || (l.country() == null && l.name() == null) || Location.COUNTRY.equals(l.precision())) {
            return "";
        }
        return (String.valueOf(l.country()) + "/" + String.valueOf(l.name())).toLowerCase(Locale.ROOT);
    }

    /** {@code ev-} and 16 hex digits of the SHA-256 of the group and date key. */
    static String id(String group, String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((group + "#" + key).getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The event record of a set of reports: the most frequent CAMEO code (the lowest on a tie), taken
     * with its actors, Goldstein value and quad class from the first report that has it (one dated by
     * the text if any); the most frequent mode; every report's mention, oldest first.
     */
    static Event merge(String id, EventDate date, List<Report> reports) {
        Map<String, Integer> cameos = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, Integer> modes = new TreeMap<>();
        for (Report r : reports) {
            cameos.merge(r.event().cameo(), 1, Integer::sum);
            if (r.event().mode() != null) {
                modes.merge(r.event().mode(), 1, Integer::sum);
            }
        }
        String cameo = top(cameos);
        Report rep = reports.stream()
                .filter(r -> Objects.equals(r.event().cameo(), cameo) && r.event().date().basis() == Basis.TEXT)
                .findFirst()
                .orElseGet(() -> reports.stream().filter(r -> Objects.equals(r.event().cameo(), cameo)).findFirst()
                        .orElse(reports.get(0)));
        Event e = rep.event();
        // the most precise place told: "in Kharkiv" over "in Ukraine"; the representative's on a tie
        Location location = Stream.concat(Stream.of(e), reports.stream().map(Report::event))
                .map(Event::location).filter(Objects::nonNull)
                .min(Comparator.comparingInt(l -> Location.COUNTRY.equals(l.precision()) ? 1 : 0)).orElse(null);
        List<Mention> mentions = reports.stream().map(Report::mention).toList();
        return new Event(id, date, e.type(), modes.isEmpty() ? null : top(modes), cameo, e.quadClass(), e.goldstein(),
                e.modality(), e.actors(), e.recipients(), location, mentions, null);
    }

    private static <K> K top(Map<K, Integer> counts) {
        K best = null;
        int n = -1;
        for (Map.Entry<K, Integer> c : counts.entrySet()) {
            if (c.getValue() > n) {
                best = c.getKey();
                n = c.getValue();
            }
        }
        return best;
    }
}
