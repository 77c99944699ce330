package org.dyad.link;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@link StoryClusterer} by TF-IDF cosine over {@link TextFeatures} and a time window.
 *
 * <p>An article is a vector of two parts: its content words ({@link Settings#namesShare} 1 − s of the
 * weight) and its names (s), each sub-linear term frequency times inverse document frequency and
 * normalised. A story is the sum of its articles' vectors. An article joins the story whose centroid is
 * closest by cosine if that reaches {@link Settings#join}, and if, when both have dates, the article lies
 * within {@link Settings#windowDays} of the story's first to last article; otherwise it starts a story.
 *
 * <p>{@link #consolidate} then takes each changed story of at least twice {@link Settings#minSplit}
 * articles, cuts it in two by 2-means (seeded with its two most distant articles) and keeps the cut when
 * the halves' centroids are less alike than {@link Settings#split} and each holds at least
 * {@link Settings#minSplit} articles, repeatedly; moves every article of a changed story to the closest
 * centroid; and merges two stories whose centroids are more alike than {@link Settings#merge}. Inverse
 * document frequencies are those of every article seen so far. Everything is ordered by article id
 * where order could matter, so the same articles added in the same order give the same stories.
 */
public final class TextStoryClusterer implements StoryClusterer {

    /**
     * @param join       least cosine to join a story online
     * @param split      a cut story is kept cut when its halves' centroids are less alike than this
     * @param merge      stories whose centroids are more alike than this become one
     * @param minSplit   least articles in each half of a cut
     * @param namesShare share of the vector given to names
     * @param windowDays how far (days) an article may lie outside a story's first and last dates before
     *                   time counts against it
     * @param decayDays  beyond that, text similarity falls by e every so many days
     * @param undated    what text similarity counts when time cannot be compared (the article or the
     *                   story has no date): without that evidence, more text is needed
     * @param background documents assumed to hold none of the words, so that in a small store the words of
     *                   its only story still weigh: idf = ln((n + background + 1) / (df + 0.5))
     */
    public record Settings(double join, double split, double merge, int minSplit, double namesShare, int windowDays,
                           int decayDays, double undated, int background) {

        public static Settings standard() {
            return new Settings(0.15, 0.5, 0.5, 3, 0.3, 30, 180, 0.7, 50);
        }
    }

    private static final String TERM = "t:";
    private static final String NAME = "e:";

    private final Settings settings;
    private final Map<String, Doc> docs = new HashMap<>();
    private final Map<String, Group> stories = new TreeMap<>();
    private final Map<String, Integer> df = new HashMap<>();
    private final Set<String> touched = new LinkedHashSet<>();
    private long sequence;

    public TextStoryClusterer() {
        this(Settings.standard());
    }

    public TextStoryClusterer(Settings settings) {
        this.settings = settings;
    }

    private static final class Doc {
        final String id;
        final String title;
        final LocalDate date;
        final TextFeatures features;
        final long seq;
        Map<String, Double> vector;
        String story;

        Doc(String id, String title, LocalDate date, TextFeatures features, long seq) {
            this.id = id;
            this.title = title == null ? "" : title;
            this.date = date;
            this.features = features;
            this.seq = seq;
        }
    }

    private static final class Group {
        final String id;
        /** The article that started the story; the part that holds it keeps the id when the story is cut. */
        final String seed;
        final Set<Doc> members = new LinkedHashSet<>();
        final Map<String, Double> sum = new HashMap<>();
        double norm = -1;
        private LocalDate first;
        private LocalDate last;
        private boolean dated;

        Group(String id, String seed) {
            this.id = id;
            this.seed = seed;
        }

        void add(Doc d) {
            members.add(d);
            dated = false;
            d.vector.forEach((k, v) -> sum.merge(k, v, Double::sum));
            norm = -1;
        }

        void remove(Doc d) {
            members.remove(d);
            dated = false;
            d.vector.forEach((k, v) -> sum.merge(k, -v, Double::sum));
            norm = -1;
        }

        double norm() {
            if (norm < 0) {
                double n = 0;
                for (double v : sum.values()) {
                    n += v * v;
                }
                norm = Math.sqrt(n);
            }
            return norm;
        }

        double cos(Map<String, Double> v) {
            double n = norm();
            if (n == 0) {
                return 0;
            }
            double dot = 0;
            for (Map.Entry<String, Double> e : v.entrySet()) {
                Double c = sum.get(e.getKey());
                if (c != null) {
                    dot += c * e.getValue();
                }
            }
            return dot / n;
        }

        LocalDate first() {
            dates();
            return first;
        }

        LocalDate last() {
            dates();
            return last;
        }

        private void dates() {
            if (!dated) {
                first = members.stream().map(d -> d.date).filter(x -> x != null).min(Comparator.naturalOrder()).orElse(null);
                last = members.stream().map(d -> d.date).filter(x -> x != null).max(Comparator.naturalOrder()).orElse(null);
                dated = true;
            }
        }
    }

    // ---- online ---------------------------------------------------------------------------------

    @Override
    public String add(String article, String title, LocalDate date, TextFeatures features) {
        Doc d = register(article, title, date, features);
        Group best = null;
        double bestSim = -1;
        for (Group g : stories.values()) {
            double s = similarity(d, g);
            if (s > bestSim) {
                bestSim = s;
                best = g;
            }
        }
        if (best == null || bestSim < settings.join()) {
            best = newGroup(d);
        }
        put(d, best);
        return best.id;
    }

    @Override
    public void join(String article, String title, LocalDate date, TextFeatures features, String story) {
        Doc d = register(article, title, date, features);
        Group g = stories.get(story);
        if (g == null) {
            g = new Group(story, article);
            stories.put(story, g);
        }
        put(d, g);
    }

    @Override
    public void remove(String article) {
        Doc d = docs.remove(article);
        if (d == null) {
            return;
        }
        for (String k : d.vector.keySet()) {
            df.merge(k, -1, Integer::sum);
        }
        Group g = stories.get(d.story);
        if (g != null) {
            g.remove(d);
            touched.add(g.id);
            if (g.members.isEmpty()) {
                stories.remove(g.id);
            }
        }
    }

    private Doc register(String article, String title, LocalDate date, TextFeatures features) {
        remove(article);
        Doc d = new Doc(article, title, date, features, sequence++);
        for (String k : features.terms().keySet()) {
            df.merge(TERM + k, 1, Integer::sum);
        }
        for (String k : features.entities().keySet()) {
            df.merge(NAME + k, 1, Integer::sum);
        }
        docs.put(article, d);
        d.vector = vector(d.features);
        return d;
    }

    private void put(Doc d, Group g) {
        d.story = g.id;
        g.add(d);
        touched.add(g.id);
    }

    private Group newGroup(Doc seed) {
        String id = storyId(seed.id);
        for (int n = 2; stories.containsKey(id); n++) {
            id = storyId(seed.id + "#" + n);
        }
        Group g = new Group(id, seed.id);
        stories.put(id, g);
        return g;
    }

    /** {@code st-} and 16 hex digits of the SHA-256 of the article that started the story. */
    static String storyId(String seed) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
            return "st-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * How much a time gap lets text similarity count: 1 within {@link Settings#windowDays} of a story's
     * first to last dates (or when either side has no date), then falling by e every
     * {@link Settings#decayDays}.
     */
    private double timeFactor(LocalDate date, LocalDate first, LocalDate last) {
        if (date == null || first == null) {
            return settings.undated();
        }
        long gap = date.isBefore(first) ? ChronoUnit.DAYS.between(date, first)
                : date.isAfter(last) ? ChronoUnit.DAYS.between(last, date) : 0;
        return decay(gap);
    }

    private double decay(long gap) {
        return gap <= settings.windowDays() ? 1 : Math.exp(-(gap - settings.windowDays()) / (double) settings.decayDays());
    }

    private double similarity(Doc d, Group g) {
        return g.cos(d.vector) * timeFactor(d.date, g.first(), g.last());
    }

    private double similarity(Group a, Group b) {
        double s = cosine(a, b);
        if (a.first() == null || b.first() == null) {
            return s * settings.undated();
        }
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(a.last(), b.first()),
                ChronoUnit.DAYS.between(b.last(), a.first())));
        return s * decay(gap);
    }

    /** Weighted, normalised vector of the features under the current document frequencies. */
    private Map<String, Double> vector(TextFeatures f) {
        Map<String, Double> out = new HashMap<>();
        part(out, TERM, f.terms(), Math.sqrt(1 - settings.namesShare()));
        part(out, NAME, f.entities(), Math.sqrt(settings.namesShare()));
        return out;
    }

    private void part(Map<String, Double> out, String prefix, Map<String, Float> counts, double scale) {
        int n = docs.size();
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Float> e : counts.entrySet()) {
            double tf = e.getValue() >= 1 ? 1 + Math.log(e.getValue()) : e.getValue();
            double idf = Math.log((n + settings.background() + 1) / (df.getOrDefault(prefix + e.getKey(), 0) + 0.5));
            double w = tf * Math.max(idf, 0);
            v.put(prefix + e.getKey(), w);
            norm += w * w;
        }
        if (norm == 0) {
            return;
        }
        double k = scale / Math.sqrt(norm);
        v.forEach((key, w) -> out.put(key, w * k));
    }

    // ---- consolidation --------------------------------------------------------------------------

    @Override
    public Map<String, String> consolidate() {
        Map<String, String> before = new HashMap<>();
        for (String id : touched) {
            Group g = stories.get(id);
            if (g != null) {
                g.members.forEach(d -> before.put(d.id, d.story));
            }
        }
        if (before.isEmpty()) {
            touched.clear();
            return Map.of();
        }
        // Current document frequencies for every story that takes part.
        List<Group> changed = new ArrayList<>();
        for (String id : touched) {
            Group g = stories.get(id);
            if (g != null) {
                changed.add(g);
            }
        }
        touched.clear();
        refresh(stories.values());

        // 1. Cut stories that hold two.
        Deque<Group> queue = new ArrayDeque<>(changed);
        List<Group> parts = new ArrayList<>();
        while (!queue.isEmpty()) {
            Group g = queue.poll();
            List<List<Doc>> halves = g.members.size() >= 2 * settings.minSplit() ? bisect(g) : null;
            if (halves == null) {
                parts.add(g);
                continue;
            }
            boolean firstKeeps = halves.get(0).stream().anyMatch(d -> d.id.equals(g.seed))
                    || halves.get(1).stream().noneMatch(d -> d.id.equals(g.seed)) && halves.get(0).contains(oldest(g));
            List<Doc> kept = firstKeeps ? halves.get(0) : halves.get(1);
            List<Doc> other = firstKeeps ? halves.get(1) : halves.get(0);
            stories.remove(g.id);
            Group keep = new Group(g.id, g.seed);
            kept.forEach(keep::add);
            kept.forEach(d -> d.story = keep.id);
            stories.put(keep.id, keep);
            Doc seed = other.stream().min(ORDER).orElseThrow();
            Group split = newGroup(seed);
            other.forEach(split::add);
            other.forEach(d -> d.story = split.id);
            queue.add(keep);
            queue.add(split);
        }

        // 2. Move each article of a changed story to the closest centroid (centroids as they are now).
        List<Doc> moving = new ArrayList<>();
        parts.forEach(g -> moving.addAll(g.members));
        moving.sort(ORDER);
        List<Group> targets = new ArrayList<>(stories.values());
        Map<Doc, Group> moves = new LinkedHashMap<>();
        for (Doc d : moving) {
            Group from = stories.get(d.story);
            Group best = from;
            double bestSim = similarity(d, from);
            for (Group g : targets) {
                if (g == from) {
                    continue;
                }
                double s = similarity(d, g);
                if (s > bestSim) {
                    bestSim = s;
                    best = g;
                }
            }
            if (best != from) {
                moves.put(d, best);
            }
        }
        moves.forEach((d, to) -> {
            stories.get(d.story).remove(d);
            to.add(d);
            d.story = to.id;
        });
        stories.values().removeIf(g -> g.members.isEmpty());

        // 3. Merge stories that became alike, the most alike pair first.
        Set<Group> live = new LinkedHashSet<>();
        for (Group g : parts) {
            if (stories.get(g.id) == g) {
                live.add(g);
            }
        }
        while (true) {
            Group a = null;
            Group b = null;
            double best = settings.merge();
            for (Group x : live) {
                for (Group y : stories.values()) {
                    if (x == y) {
                        continue;
                    }
                    double s = similarity(x, y);
                    if (s > best) {
                        best = s;
                        a = x;
                        b = y;
                    }
                }
            }
            if (a == null) {
                break;
            }
            // The older story (by its earliest article) absorbs the other.
            Group keep = ORDER.compare(oldest(a), oldest(b)) <= 0 ? a : b;
            Group gone = keep == a ? b : a;
            for (Doc d : new ArrayList<>(gone.members)) {
                gone.remove(d);
                keep.add(d);
                d.story = keep.id;
            }
            stories.remove(gone.id);
            live.remove(gone);
            live.add(keep);
        }

        Map<String, String> moved = new TreeMap<>();
        before.forEach((doc, story) -> {
            Doc d = docs.get(doc);
            if (d != null && !d.story.equals(story)) {
                moved.put(doc, d.story);
            }
        });
        return moved;
    }

    /** Oldest first: by date (undated last), then by the order articles were added, then id. */
    private static final Comparator<Doc> ORDER = Comparator
            .comparing((Doc d) -> d.date, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(d -> d.seq).thenComparing(d -> d.id);

    private static Doc oldest(Group g) {
        return g.members.stream().min(ORDER).orElseThrow();
    }

    /** Recomputes vectors and sums with the current document frequencies. */
    private void refresh(Iterable<Group> groups) {
        for (Group g : groups) {
            g.sum.clear();
            g.norm = -1;
            for (Doc d : g.members) {
                d.vector = vector(d.features);
                d.vector.forEach((k, v) -> g.sum.merge(k, v, Double::sum));
            }
        }
    }

    /**
     * The best of a few 2-means runs (by the sum of each article's cosine to its half's centroid), each
     * seeded by an article and the article least like it; {@code null} when the cut is not kept.
     */
    private List<List<Doc>> bisect(Group g) {
        List<Doc> members = new ArrayList<>(g.members);
        members.sort(ORDER);
        List<List<Doc>> best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        double bestCos = 1;
        int tries = Math.min(BISECT_TRIES, members.size());
        for (int t = 0; t < tries; t++) {
            Doc start = members.get(t * members.size() / tries);
            Doc far = members.stream().min(Comparator.comparingDouble((Doc d) -> dot(d.vector, start.vector))
                    .thenComparing(ORDER)).orElseThrow();
            Doc far2 = members.stream().min(Comparator.comparingDouble((Doc d) -> dot(d.vector, far.vector))
                    .thenComparing(ORDER)).orElseThrow();
            if (far == far2) {
                continue;
            }
            Group c0 = new Group("", "");
            Group c1 = new Group("", "");
            c0.add(far);
            c1.add(far2);
            List<Doc> h0 = new ArrayList<>();
            List<Doc> h1 = new ArrayList<>();
            for (int it = 0; it < 10; it++) {
                h0 = new ArrayList<>();
                h1 = new ArrayList<>();
                for (Doc d : members) {
                    (c0.cos(d.vector) >= c1.cos(d.vector) ? h0 : h1).add(d);
                }
                if (h0.isEmpty() || h1.isEmpty()) {
                    break;
                }
                c0 = new Group("", "");
                c1 = new Group("", "");
                h0.forEach(c0::add);
                h1.forEach(c1::add);
            }
            if (h0.isEmpty() || h1.isEmpty()) {
                continue;
            }
            double score = 0;
            for (Doc d : h0) {
                score += c0.cos(d.vector);
            }
            for (Doc d : h1) {
                score += c1.cos(d.vector);
            }
            if (score > bestScore + 1e-9) {
                bestScore = score;
                best = List.of(h0, h1);
                bestCos = cosine(c0, c1);
            }
        }
        if (best == null || Math.min(best.get(0).size(), best.get(1).size()) < settings.minSplit()
                || bestCos >= settings.split()) {
            return null;
        }
        return best;
    }

    /** 2-means runs tried per cut. */
    private static final int BISECT_TRIES = 8;

    private static double cosine(Group a, Group b) {
        double na = a.norm();
        double nb = b.norm();
        if (na == 0 || nb == 0) {
            return 0;
        }
        return dot(a.sum, b.sum) / (na * nb);
    }

    private static double dot(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) {
            Map<String, Double> t = a;
            a = b;
            b = t;
        }
        double s = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) {
                s += o * e.getValue();
            }
        }
        return s;
    }

    // ---- queries --------------------------------------------------------------------------------

    @Override
    public Optional<String> storyOf(String article) {
        Doc d = docs.get(article);
        return d == null ? Optional.empty() : Optional.of(d.story);
    }

    @Override
    public Optional<Story> story(String id) {
        Group g = stories.get(id);
        if (g == null) {
            return Optional.empty();
        }
        List<Doc> members = new ArrayList<>(g.members);
        members.sort(ORDER);
        return Optional.of(new Story(g.id, title(g), members.stream().map(d -> d.id).toList(), g.first(), g.last()));
    }

    /** All stories, by id. */
    public List<Story> stories() {
        return stories.keySet().stream().map(id -> story(id).orElseThrow()).toList();
    }

    /** The title of the article closest to the centroid; the oldest on a tie; a story of no titles takes "". */
    private String title(Group g) {
        Doc best = null;
        double bestSim = -1;
        List<Doc> members = new ArrayList<>(g.members);
        members.sort(ORDER);
        for (Doc d : members) {
            if (d.title.isBlank()) {
                continue;
            }
            double s = g.cos(d.vector);
            if (s > bestSim + 1e-12) {
                bestSim = s;
                best = d;
            }
        }
        return best == null ? "" : best.title;
    }

    /** Articles and stories held. */
    public int size() {
        return docs.size();
    }

    /** Ids of the stories held, for tests and the store. */
    public Set<String> storyIds() {
        return new LinkedHashSet<>(stories.keySet());
    }

    /** Copies the stories' membership (story → articles), for callers that need a snapshot. */
    public Map<String, List<String>> membership() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        stories.forEach((id, g) -> out.put(id, g.members.stream().map(d -> d.id).sorted().toList()));
        return out;
    }
}
