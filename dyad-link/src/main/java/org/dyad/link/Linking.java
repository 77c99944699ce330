package org.dyad.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.store.DuckDbStore;
import org.dyad.store.Links;

/**
 * The link stage over the store: near-duplicates, events across articles and stories, incremental. A
 * run opens it on the store, asks {@link #duplicateOf} for each article in input order, hands each coded
 * article to {@link #add} in input order, and calls {@link #finish} at the end; a new batch links to the
 * events and stories already stored.
 *
 * <p>Each {@link #add} is one transaction: the article, its sentences, its reports, the events of every
 * linking group it touches (relinked from all their stored reports), and its story.
 */
public final class Linking {

    /** What adding an article did. */
    public record Result(DuckDbStore.Outcome outcome, int reports, int newEvents, int joinedEvents,
                         String duplicateOf, String story) {
    }

    /** What finishing a batch did. */
    public record Finish(int storiesChanged, int articlesMoved) {
    }

    private final DuckDbStore store;
    private final EventLinker linker;
    private final TextStoryClusterer clusterer;
    private final MinHashIndex index;
    /** Article to the original it copies, for every stored or seen copy. */
    private final Map<String, String> copies = new HashMap<>();
    private final Map<String, int[]> signatures = new HashMap<>();
    private final Map<String, String> seenDuplicates = new HashMap<>();
    private final Set<String> touchedStories = new LinkedHashSet<>();
    private int relinked;
    private int regrouped;

    private Linking(DuckDbStore store, EventLinker linker, TextStoryClusterer clusterer, MinHashIndex index) {
        this.store = store;
        this.linker = linker;
        this.clusterer = clusterer;
        this.index = index;
    }

    /** The link stage with the standard rules, clusterer and index, taken up from what the store holds. */
    public static Linking open(DuckDbStore store) {
        return open(store, new RuleEventLinker(), new TextStoryClusterer(), new MinHashIndex());
    }

    public static Linking open(DuckDbStore store, EventLinker linker, TextStoryClusterer clusterer, MinHashIndex index) {
        Linking l = new Linking(store, linker, clusterer, index);
        store.forEachSignature(index::add);
        for (Links.ArticleState a : store.articleStates()) {
            if (a.duplicateOf() != null) {
                l.copies.put(a.article(), a.duplicateOf());
            }
            if (a.story() != null && a.features() != null) {
                clusterer.join(a.article(), a.title(), a.published(), TextFeatures.decode(a.features()), a.story());
            }
        }
        clusterer.consolidate();  // nothing moves: it only clears what the restore touched
        if (store.relinkPending()) {
            l.relinkPending();
        }
        l.regroupIfRulesChanged();
        return l;
    }

    /** How many stored reports were put in another group when this stage opened, the rules having changed. */
    public int regrouped() {
        return regrouped;
    }

    /** How many reports stored before an upgrade were linked when this stage opened. */
    public int relinked() {
        return relinked;
    }

    // ---- near-duplicates ------------------------------------------------------------------------

    /**
     * The stored or earlier article that {@code article} (cleaned) nearly duplicates, if any; the
     * original, never a copy of it. Indexes the article, so later ones find it. Call in input order.
     */
    public synchronized Optional<String> duplicateOf(Article article) {
        int[] sig = MinHashIndex.signature(article.body());
        index.remove(article.id());
        Optional<String> original = index.find(sig).map(m -> root(m.id())).filter(o -> !o.equals(article.id()));
        index.add(article.id(), sig);
        signatures.put(article.id(), sig);
        original.ifPresentOrElse(o -> seenDuplicates.put(article.id(), o), () -> seenDuplicates.remove(article.id()));
        return original;
    }

    private String root(String id) {
        String cur = id;
        for (int guard = 0; guard < 100 && copies.containsKey(cur); guard++) {
            cur = copies.get(cur);
        }
        return cur;
    }

    /** Whether an article is stored (an original must be, before its copies are added). */
    public boolean stored(String article) {
        return !store.articles(List.of(article)).isEmpty();
    }

    // ---- adding articles ------------------------------------------------------------------------

    /**
     * Stores a coded article and links it. A near-duplicate ({@code duplicateOf} not null) is stored
     * with the reports of its original moved onto its own sentences: more mentions of the same events,
     * never new events; its coded events, if any, are not used.
     */
    public synchronized Result add(Article article, List<Sentence> sentences, List<Event> coded, String duplicateOf) {
        if (store.contains(article)) {
            return new Result(DuckDbStore.Outcome.UNCHANGED, 0, 0, 0, null, clusterer.storyOf(article.id()).orElse(null));
        }
        String original = duplicateOf == null ? null : root(duplicateOf);
        List<Report> reports = new ArrayList<>();
        if (original != null) {
            for (Links.ReportRow r : store.reportsOf(List.of(original))) {
                transfer(r, article, sentences).ifPresent(reports::add);
            }
        } else {
            for (Event e : coded) {
                reports.addAll(Report.of(e, article.id(), article.published()));
            }
        }

        // Story first: events take the story of most of their articles.
        TextFeatures features = TextFeatures.of(article.title(), article.body());
        String story;
        Optional<String> before = clusterer.storyOf(article.id());
        before.ifPresent(touchedStories::add);
        Optional<String> originalStory = original == null ? Optional.empty() : clusterer.storyOf(original);
        if (originalStory.isPresent()) {
            clusterer.join(article.id(), article.title(), article.published(), features, originalStory.get());
            story = originalStory.get();
        } else {
            story = clusterer.add(article.id(), article.title(), article.published(), features);
        }
        touchedStories.add(story);

        Relink r = relink(reports, Set.of(article.id()));
        Map<String, String> stories = new TreeMap<>();
        Set<String> goneStories = new HashSet<>();
        Set<String> touched = new LinkedHashSet<>();
        touched.add(story);
        before.ifPresent(touched::add);
        for (String s : touched) {
            clusterer.story(s).ifPresentOrElse(st -> stories.put(s, st.title()), () -> goneStories.add(s));
        }
        int[] sig = signatures.remove(article.id());
        if (sig == null) {
            sig = MinHashIndex.signature(article.body());
            index.add(article.id(), sig);
        }
        if (original != null) {
            copies.put(article.id(), original);
        } else {
            copies.remove(article.id());
        }
        Links.Update update = new Links.Update(Map.of(article.id(), r.rows(article.id())), r.moved, r.events,
                r.deleted, r.aliases, List.of(new Links.ArticleLink(article.id(), sig, features.encode(), original)),
                Map.of(article.id(), story), stories, goneStories);
        DuckDbStore.Outcome outcome = store.saveLinked(article, sentences, update);
        return new Result(outcome, reports.size(), r.created, r.joined, original, story);
    }

    /** A report of the original moved onto the copy's sentence that says the same, if the copy has it. */
    private static Optional<Report> transfer(Links.ReportRow row, Article copy, List<Sentence> sentences) {
        Mention m = row.report().mentions().get(0);
        Sentence best = null;
        double bestScore = 0;
        Set<String> words = words(m.text());
        for (Sentence s : sentences) {
            if (s.text().equals(m.text())) {
                best = s;
                break;
            }
            Set<String> other = words(s.text());
            Set<String> both = new HashSet<>(words);
            both.retainAll(other);
            Set<String> either = new HashSet<>(words);
            either.addAll(other);
            double score = either.isEmpty() ? 0 : both.size() / (double) either.size();
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        if (best == null || (!best.text().equals(m.text()) && bestScore < 0.5)) {
            return Optional.empty();
        }
        Mention moved = new Mention(copy.id(), copy.url(), copy.source(), best.index(), best.begin(), best.end(),
                m.trigger(), best.text(), m.speaker());
        return Optional.of(new Report(row.id() + "@" + copy.id(), copy.id(), copy.published(),
                row.report().withMentions(List.of(moved))));
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The events of every group the given reports touch, relinked with the stored reports of those groups. */
    private final class Relink {
        final List<Links.EventRow> events = new ArrayList<>();
        final Set<String> deleted = new LinkedHashSet<>();
        final Map<String, String> aliases = new LinkedHashMap<>();
        final Map<String, String> moved = new LinkedHashMap<>();
        final Map<String, List<Links.ReportRow>> rows = new LinkedHashMap<>();
        int created;
        int joined;

        List<Links.ReportRow> rows(String article) {
            return rows.getOrDefault(article, List.of());
        }
    }

    /**
     * Relinks the groups of {@code fresh} reports, whose articles ({@code replacing}) lose the reports
     * they had stored.
     */
    private Relink relink(List<Report> fresh, Set<String> replacing) {
        Relink out = new Relink();
        List<Links.ReportRow> old = store.reportsOf(replacing);
        Set<String> groups = new LinkedHashSet<>();
        Map<Report, String> groupOf = new HashMap<>();
        for (Report r : fresh) {
            String g = linker.group(r.event());
            groups.add(g);
            groupOf.put(r, g);
        }
        old.forEach(r -> groups.add(r.group()));
        groups.remove(null);

        Map<String, List<Report>> byGroup = new TreeMap<>();
        Map<String, String> storedEvent = new HashMap<>();
        Set<String> oldEvents = new HashSet<>();
        for (Links.ReportRow row : store.reports(groups)) {
            oldEvents.add(row.event());
            if (replacing.contains(row.article())) {
                continue;
            }
            storedEvent.put(row.id(), row.event());
            byGroup.computeIfAbsent(row.group(), k -> new ArrayList<>())
                    .add(new Report(row.id(), row.article(), row.published(), row.report()));
        }
        old.forEach(r -> oldEvents.add(r.event()));
        for (Report r : fresh) {
            byGroup.computeIfAbsent(groupOf.get(r), k -> new ArrayList<>()).add(r);
        }

        Set<String> newIds = new HashSet<>();
        Map<String, String> reportEvent = new HashMap<>();
        Map<String, Integer> storedSize = new HashMap<>();
        storedEvent.values().forEach(id -> storedSize.merge(id, 1, Integer::sum));
        for (Map.Entry<String, List<Report>> g : byGroup.entrySet()) {
            for (LinkedEvent le : linker.link(g.getKey(), g.getValue())) {
                Event e = le.event().withStory(storyOf(le.reports()));
                newIds.add(e.id());
                // An event made of exactly the stored reports it had is left as it is.
                boolean same = le.reports().size() == storedSize.getOrDefault(e.id(), -1)
                        && le.reports().stream().allMatch(r -> e.id().equals(storedEvent.get(r.id())))
                        && !oldEventsOfReplaced(old, e.id());
                if (!same) {
                    out.events.add(new Links.EventRow(e, g.getKey()));
                }
                for (Report r : le.reports()) {
                    reportEvent.put(r.id(), e.id());
                    if (storedEvent.containsKey(r.id())) {
                        if (!storedEvent.get(r.id()).equals(e.id())) {
                            out.moved.put(r.id(), e.id());
                        }
                    } else {
                        out.rows.computeIfAbsent(r.article(), k -> new ArrayList<>())
                                .add(new Links.ReportRow(r.id(), e.id(), g.getKey(), r.article(), r.published(), r.event()));
                    }
                }
                if (le.reports().stream().anyMatch(r -> !storedEvent.containsKey(r.id()))) {
                    if (oldEvents.contains(e.id())) {
                        out.joined++;
                    } else {
                        out.created++;
                    }
                }
            }
        }
        for (String id : oldEvents) {
            if (!newIds.contains(id)) {
                out.deleted.add(id);
            }
        }
        // A vanished event answers as the event that took most of its reports.
        Map<String, Map<String, Integer>> heirs = new HashMap<>();
        for (Map.Entry<String, String> s : storedEvent.entrySet()) {
            if (out.deleted.contains(s.getValue())) {
                heirs.computeIfAbsent(s.getValue(), k -> new TreeMap<>()).merge(reportEvent.get(s.getKey()), 1, Integer::sum);
            }
        }
        for (Links.ReportRow r : old) {
            if (out.deleted.contains(r.event()) && reportEvent.containsKey(r.id())) {
                heirs.computeIfAbsent(r.event(), k -> new TreeMap<>()).merge(reportEvent.get(r.id()), 1, Integer::sum);
            }
        }
        heirs.forEach((gone, counts) -> {
            String heir = null;
            int n = 0;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                if (c.getValue() > n) {
                    heir = c.getKey();
                    n = c.getValue();
                }
            }
            if (heir != null) {
                out.aliases.put(gone, heir);
            }
        });
        for (String a : replacing) {
            out.rows.putIfAbsent(a, new ArrayList<>());
        }
        return out;
    }

    private static boolean oldEventsOfReplaced(List<Links.ReportRow> old, String id) {
        for (Links.ReportRow r : old) {
            if (r.event().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The story of most of an event's articles; on a tie, that of its earliest report. */
    private String storyOf(List<Report> reports) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Report r : reports) {
            clusterer.storyOf(r.article()).ifPresent(s -> counts.merge(s, 1, Integer::sum));
        }
        String best = null;
        int n = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > n) {
                best = c.getKey();
                n = c.getValue();
            }
        }
        return best;
    }

    // ---- end of a batch -------------------------------------------------------------------------

    /**
     * Looks again at the stories this batch changed (see {@link StoryClusterer#consolidate}), and moves
     * the events of articles that changed story.
     */
    public synchronized Finish finish() {
        Map<String, String> moved = clusterer.consolidate();
        Set<String> changed = new LinkedHashSet<>(touchedStories);
        touchedStories.clear();
        Map<String, String> storyOf = new TreeMap<>();
        for (Map.Entry<String, String> m : moved.entrySet()) {
            storyOf.put(m.getKey(), m.getValue());
            changed.add(m.getValue());
        }
        Map<String, String> titles = new TreeMap<>();
        Set<String> gone = new HashSet<>();
        Set<String> all = new HashSet<>(clusterer.storyIds());
        for (Links.Story s : store.stories(Integer.MAX_VALUE, 0)) {
            if (!all.contains(s.id())) {
                gone.add(s.id());
            }
        }
        for (String s : changed) {
            clusterer.story(s).ifPresentOrElse(st -> titles.put(s, st.title()), () -> gone.add(s));
        }
        store.applyLinks(new Links.Update(Map.of(), Map.of(), List.of(), Set.of(), Map.of(), List.of(), storyOf, titles,
                gone));
        if (!moved.isEmpty()) {
            Map<String, List<String>> articles = store.eventArticles(store.eventsOfArticles(moved.keySet()));
            Map<String, String> eventStories = new TreeMap<>();
            articles.forEach((event, docs) -> {
                Map<String, Integer> counts = new LinkedHashMap<>();
                docs.forEach(d -> clusterer.storyOf(d).ifPresent(s -> counts.merge(s, 1, Integer::sum)));
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).ifPresent(e -> eventStories.put(event, e.getKey()));
            });
            store.setEventStories(eventStories);
        }
        return new Finish(titles.size() + gone.size(), moved.size());
    }

    // ---- after an upgrade -----------------------------------------------------------------------

    /** The key under which a store keeps the name of the rules its groups were made by. */
    static final String RULES_KEY = "link_rules";

    /**
     * Links again the articles of every stored report whose group the linker's rules now make another,
     * so that a file written by an older Dyad keeps linking new reports to its events. Runs once per
     * change of {@link EventLinker#rules}: the store notes the rules it was regrouped by.
     */
    private void regroupIfRulesChanged() {
        if (store.linkMeta(RULES_KEY).filter(linker.rules()::equals).isPresent()) {
            return;
        }
        Set<String> articles = new LinkedHashSet<>();
        int[] changed = {0};
        store.forEachLinkedReport(row -> {
            if (!linker.group(row.report()).equals(row.group())) {
                articles.add(row.article());
                changed[0]++;
            }
        });
        if (!articles.isEmpty()) {
            List<Report> fresh = store.reportsOf(articles).stream()
                    .map(row -> new Report(row.id(), row.article(), row.published(), row.report())).toList();
            Relink r = relink(fresh, articles);
            store.applyLinks(new Links.Update(r.rows, r.moved, r.events, r.deleted, r.aliases, List.of(), Map.of(),
                    Map.of(), Set.of()));
        }
        store.setLinkMeta(RULES_KEY, linker.rules());
        regrouped = changed[0];
    }

    /** Links the events stored by a Dyad of schema 1, with stories from the stored title and sentences. */
    private void relinkPending() {
        List<Links.ReportRow> pending = store.pendingReports();
        Map<String, List<Report>> byArticle = new LinkedHashMap<>();
        Map<String, String> oldEvent = new HashMap<>();
        for (Links.ReportRow row : pending) {
            Report r = new Report(row.id(), row.article(), row.published(), row.report());
            byArticle.computeIfAbsent(row.article(), k -> new ArrayList<>()).add(r);
            oldEvent.put(row.id(), row.event());
        }
        Map<String, String> storyOf = new TreeMap<>();
        List<Links.ArticleLink> links = new ArrayList<>();
        for (String article : byArticle.keySet()) {
            Optional<String[]> text = store.storedText(article);
            if (text.isEmpty()) {
                continue;
            }
            TextFeatures f = TextFeatures.of(text.get()[0], text.get()[1]);
            java.time.LocalDate published = byArticle.get(article).get(0).published();
            storyOf.put(article, clusterer.add(article, text.get()[0], published, f));
            int[] sig = MinHashIndex.signature(text.get()[1]);
            index.add(article, sig);
            links.add(new Links.ArticleLink(article, sig, f.encode(), null));
        }
        List<Report> fresh = byArticle.values().stream().flatMap(Collection::stream).toList();
        Relink r = relink(fresh, byArticle.keySet());
        Map<String, String> aliases = new LinkedHashMap<>(r.aliases);
        Set<String> deleted = new LinkedHashSet<>(r.deleted);
        for (Map.Entry<String, List<Links.ReportRow>> rows : r.rows.entrySet()) {
            for (Links.ReportRow row : rows.getValue()) {
                String was = oldEvent.get(row.id());
                if (was != null && !was.equals(row.event())) {
                    deleted.add(was);
                    aliases.put(was, row.event());
                }
            }
        }
        Map<String, String> titles = new TreeMap<>();
        clusterer.storyIds().forEach(s -> titles.put(s, clusterer.story(s).orElseThrow().title()));
        store.applyLinks(new Links.Update(r.rows, r.moved, r.events, deleted, aliases, links, storyOf, titles, Set.of()));
        touchedStories.addAll(titles.keySet());
        finish();
        store.relinkDone();
        relinked = pending.size();
    }
}
