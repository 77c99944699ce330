package org.dyad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Dependency;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.pipeline.CodedArticle;
import org.dyad.pipeline.Pipeline;
import org.dyad.stage.Input;

/**
 * Scores event coding on the PLOVER gold-standard sentences and the CAMEO codebook examples, each
 * sentence coded as a one-sentence article (sentence mode).
 *
 * <ul>
 *   <li>PLOVER type P/R/F1 per type, at the sentence level: the set of types of the sentence's asserted
 *       events against the gold type; macro F1 is the mean over the types present in the gold set.</li>
 *   <li>Triple P/R/F1: (actor country and sector, recipient country, type) for every actor and recipient
 *       pair of the asserted events, against the gold pairs. A gold actor without a sector matches any
 *       sector; international bodies compare as "IGO", as the gold set codes them.</li>
 *   <li>CAMEO accuracy: the code of the sentence's main event (its trigger highest in the dependency
 *       tree, an adverbial or modifying clause counting as two levels, any modality) against the
 *       example's code, by root and exactly.</li>
 * </ul>
 */
public final class EventEvaluation {

    /** The 16 PLOVER event types. */
    public static final Set<String> PLOVER_TYPES = new TreeSet<>(List.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE",
            "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
            "COERCE", "ASSAULT"));

    /** Legacy CAMEO country codes in the gold data, and the ISO codes Dyad writes. */
    private static final Map<String, String> CODE_ALIASES = Map.of("JAP", "JPN", "ITL", "ITA");
    private static final LocalDate PLACEHOLDER_DATE = LocalDate.of(2000, 1, 1);

    private EventEvaluation() {
    }

    public record PloverResult(int sentences, Map<String, Prf> perType, double macroF1, Prf types, Prf triples) {
    }

    public record CameoResult(int sentences, int rootCorrect, int exactCorrect, int noEvent,
                              Map<String, int[]> perRoot) {
        public double rootAccuracy() {
            return sentences == 0 ? 0 : (double) rootCorrect / sentences;
        }

        public double exactAccuracy() {
            return sentences == 0 ? 0 : (double) exactCorrect / sentences;
        }
    }

    public static PloverResult plover(Pipeline pipeline, List<GoldSets.PloverCase> cases, int threads) {
        Map<String, CodedArticle> coded = code(pipeline, cases.stream().map(c -> c.id()).toList(),
                cases.stream().map(c -> c.text()).toList(), threads);
        Map<String, Prf> perType = new TreeMap<>();
        Prf types = Prf.ZERO;
        Prf triples = Prf.ZERO;
        for (GoldSets.PloverCase c : cases) {
            List<Event> events = coded.containsKey(c.id()) ? ploverEvents(coded.get(c.id()).events()) : List.of();
            Set<String> predicted = new TreeSet<>();
            events.forEach(e -> predicted.add(e.type()));
            for (String type : PLOVER_TYPES) {
                boolean gold = c.type().equals(type);
                boolean sys = predicted.contains(type);
                Prf p = new Prf(gold && sys ? 1 : 0, !gold && sys ? 1 : 0, gold && !sys ? 1 : 0);
                perType.merge(type, p, Prf::plus);
                types = types.plus(p);
            }
            triples = triples.plus(matchTriples(goldTriples(c), systemTriples(events)));
        }
        Set<String> goldTypes = new TreeSet<>();
        cases.forEach(c -> goldTypes.add(c.type()));
        double macro = goldTypes.stream().mapToDouble(t -> perType.getOrDefault(t, Prf.ZERO).f1()).average().orElse(0);
        return new PloverResult(cases.size(), perType, macro, types, triples);
    }

    /** The events PLOVER scores: asserted ones with a PLOVER type; a CAMEO 01 statement has none, so is neither hit nor miss. */
    static List<Event> ploverEvents(List<Event> events) {
        return events.stream().filter(Event::asserted).filter(Event::typed).toList();
    }

    /** (actor country, actor sector or null, recipient country or null, type). */
    record Triple(String actor, String sector, String recipient, String type) {
    }

    private static List<Triple> goldTriples(GoldSets.PloverCase c) {
        List<Triple> out = new ArrayList<>();
        for (GoldSets.GoldActor a : c.actors()) {
            String sector = a.sector() == null || a.sector().length() < 3 || a.sector().startsWith("*")
                    ? null : a.sector().substring(0, 3).toUpperCase(Locale.ROOT);
            if (c.recipients().isEmpty()) {
                out.add(new Triple(goldCode(a.code()), sector, null, c.type()));
            }
            for (GoldSets.GoldActor r : c.recipients()) {
                out.add(new Triple(goldCode(a.code()), sector, goldCode(r.code()), c.type()));
            }
        }
        return out;
    }

    private static String goldCode(String code) {
        String c = code.length() > 3 ? code.substring(0, 3) : code;
        return CODE_ALIASES.getOrDefault(c, c);
    }

    private static List<Triple> systemTriples(List<Event> events) {
        List<Triple> out = new ArrayList<>();
        for (Event e : events) {
            for (Actor a : e.actors()) {
                if (e.recipients().isEmpty()) {
                    out.add(new Triple(country(a), a.sector(), null, e.type()));
                }
                for (Actor r : e.recipients()) {
                    out.add(new Triple(country(a), a.sector(), country(r), e.type()));
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static String country(Actor a) {
        if (a.country() != null) {
            return a.country();
        }
        return a.code() != null && a.code().length() >= 3 ? a.code().substring(0, 3) : a.code();
    }

    private static Prf matchTriples(List<Triple> gold, List<Triple> system) {
        List<Triple> left = new ArrayList<>(system);
        int tp = 0;
        for (Triple g : gold) {
            for (int i = 0; i < left.size(); i++) {
                Triple s = left.get(i);
                boolean same = g.actor().equals(s.actor()) && g.type().equals(s.type())
                        && java.util.Objects.equals(g.recipient(), s.recipient())
                        && (g.sector() == null || g.sector().equals(s.sector()));
                if (same) {
                    tp++;
                    left.remove(i);
                    break;
                }
            }
        }
        return new Prf(tp, system.size() - tp, gold.size() - tp);
    }

    public static CameoResult cameo(Pipeline pipeline, List<GoldSets.CameoCase> cases, int threads) {
        Map<String, CodedArticle> coded = code(pipeline, cases.stream().map(c -> c.id()).toList(),
                cases.stream().map(c -> c.text()).toList(), threads);
        int root = 0;
        int exact = 0;
        int none = 0;
        Map<String, int[]> perRoot = new TreeMap<>();
        for (GoldSets.CameoCase c : cases) {
            Event main = mainEvent(coded.get(c.id()));
            String goldRoot = c.cameo().substring(0, 2);
            int[] counts = perRoot.computeIfAbsent(goldRoot, k -> new int[2]);
            counts[1]++;
            if (main == null) {
                none++;
                continue;
            }
            if (main.cameo().startsWith(goldRoot)) {
                root++;
                counts[0]++;
            }
            if (main.cameo().equals(c.cameo())) {
                exact++;
            }
        }
        return new CameoResult(cases.size(), root, exact, none, perRoot);
    }

    /**
     * The event whose trigger is highest in its sentence's dependency tree, an adverbial or modifying
     * clause counting as two levels; asserted before not; then the first.
     */
    static Event mainEvent(CodedArticle article) {
        if (article == null || article.events().isEmpty()) {
            return null;
        }
        Event best = null;
        int bestDepth = Integer.MAX_VALUE;
        for (Event e : article.events()) {
            var m = e.mentions().get(0);
            Sentence s = article.resolved().sentences().get(m.sentence());
            // asserted events first among triggers at one depth: "would not meet" is the refusal, not the meeting
            int depth = 2 * depth(s, m.trigger()) + (e.asserted() ? 0 : 1);
            if (depth < bestDepth) {
                best = e;
                bestDepth = depth;
            }
        }
        return best;
    }

    private static int depth(Sentence s, String trigger) {
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.token(i).word().equals(trigger)) {
                int d = 0;
                for (int cur = i; cur != Dependency.ROOT && d <= 2 * s.tokens().size(); cur = s.head(cur)) {
                    // an adverbial or modifying clause ("one day after a jet shot down", "if it is
                    // attacked") is background to the clause it hangs on: one level deeper than an object
                    d += s.relation(cur).startsWith("advcl") || s.relation(cur).startsWith("acl") ? 2 : 1;
                }
                return d;
            }
        }
        return Integer.MAX_VALUE - 1;
    }

    /** Codes each text as a one-sentence article; results by id. */
    static Map<String, CodedArticle> code(Pipeline pipeline, List<String> ids, List<String> texts, int threads) {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            inputs.add(Input.read(new Article(ids.get(i), "", texts.get(i), null, null, PLACEHOLDER_DATE, "en", ids.get(i))));
        }
        Map<String, CodedArticle> out = new HashMap<>();
        List<String> failures = new ArrayList<>();
        pipeline.run(inputs.stream(), threads, new Pipeline.Listener() {
            @Override
            public void coded(CodedArticle article) {
                out.put(article.article().id(), article);
            }

            @Override
            public void failed(Input.Failed failure) {
                failures.add(failure.origin() + ": " + failure.reason());
            }
        });
        // a sentence the pipeline fails on scores as one with no events; the failure is shown, not hidden
        failures.forEach(f -> System.err.println("dyad eval: " + f));
        return new LinkedHashMap<>(out);
    }
}
