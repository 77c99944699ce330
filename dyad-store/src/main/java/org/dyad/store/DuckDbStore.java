package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Actor;
import org.dyad.model.Article;
import org.dyad.model.Event;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.json.EventJson;

/**
 * The embedded event store: one DuckDB file holding articles, their sentences, events and mentions.
 *
 * <p>Each article is written in one transaction with everything derived from it, so an interrupted run
 * leaves whole articles or none. An article is keyed by its id and a hash of its content: storing the
 * same article again changes nothing, and a changed article replaces its earlier version.
 */
public final class DuckDbStore implements AutoCloseable {

    /** Version of the schema this code writes; a newer file is refused rather than misread. */
    public static final int SCHEMA_VERSION = 1;

    /** What storing an article did. */
    public enum Outcome { ADDED, UNCHANGED, REPLACED }

    private final Connection connection;
    private final Path path;

    private DuckDbStore(Connection connection, Path path) {
        this.connection = connection;
        this.path = path;
    }

    /**
     * Opens (creating if needed) the store at {@code path}.
     *
     * @throws StoreException with a message for the user: locked by another process, newer schema, ...
     */
    public static DuckDbStore open(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
            DuckDbStore store = new DuckDbStore(c, path);
            try {
                store.migrate();
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
            return store;
        } catch (SQLException e) {
            String msg = e.getMessage() == null ? "" : e.getMessage();
            if (msg.contains("lock")) {
                throw new StoreException("database " + path + " is in use by another Dyad process; "
                        + "wait for it to finish or use --db to pick another file", e);
            }
            throw new StoreException("cannot open database " + path + ": " + firstLine(msg), e);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the folder for database " + path + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    private void migrate() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL)");
            try (ResultSet rs = st.executeQuery("SELECT max(version) FROM dyad_schema")) {
                rs.next();
                int version = rs.getInt(1);
                if (rs.wasNull()) {
                    createSchema(st);
                    st.execute("INSERT INTO dyad_schema VALUES (" + SCHEMA_VERSION + ")");
                } else if (version > SCHEMA_VERSION) {
                    throw new StoreException("database " + path + " has schema version " + version
                            + ", newer than this Dyad understands (" + SCHEMA_VERSION + "); upgrade Dyad", null);
                }
            }
        }
    }

    private static void createSchema(Statement st) throws SQLException {
        st.execute("""
                CREATE TABLE articles (
                  id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR, url VARCHAR,
                  source VARCHAR, published DATE, language VARCHAR, origin VARCHAR,
                  stored_at TIMESTAMP DEFAULT current_timestamp)""");
        st.execute("""
                CREATE TABLE sentences (
                  article_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_offset INTEGER, end_offset INTEGER,
                  text VARCHAR, parsed BOOLEAN, PRIMARY KEY (article_id, idx))""");
        st.execute("""
                CREATE TABLE events (
                  id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, date DATE, date_precision VARCHAR,
                  date_basis VARCHAR, type VARCHAR NOT NULL, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
                  goldstein DOUBLE, modality VARCHAR NOT NULL, actor_codes VARCHAR, recipient_codes VARCHAR,
                  record VARCHAR NOT NULL)""");
        st.execute("""
                CREATE TABLE mentions (
                  event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER, start_offset INTEGER,
                  end_offset INTEGER, trigger VARCHAR, text VARCHAR, url VARCHAR, source VARCHAR)""");
    }

    /** Hash of everything that affects coding, so a re-run of unchanged input is recognised. */
    public static String contentHash(Article a) {
        String key = String.join("\u0000", a.title(), a.body(), String.valueOf(a.url()), String.valueOf(a.source()),
                String.valueOf(a.published()), String.valueOf(a.language()));
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether this exact article (same id, same content) is already stored. */
    public boolean contains(Article article) {
        return storedHash(article.id()).map(h -> h.equals(contentHash(article))).orElse(false);
    }

    private Optional<String> storedHash(String id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT content_hash FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read database " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Stores an article with its sentences and events in one transaction. */
    public Outcome save(Article article, List<Sentence> sentences, List<Event> events) {
        String hash = contentHash(article);
        Optional<String> existing = storedHash(article.id());
        if (existing.isPresent() && existing.get().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        try {
            connection.setAutoCommit(false);
            try {
                boolean replace = existing.isPresent();
                if (replace) {
                    deleteStale(article.id(), sentences, events);
                }
                insertArticle(article, hash, replace);
                insertSentences(article.id(), sentences, replace);
                insertEvents(article.id(), events);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot store article " + article.id() + ": " + firstLine(e.getMessage()), e);
        }
        return existing.isPresent() ? Outcome.REPLACED : Outcome.ADDED;
    }

    /**
     * Removes what the earlier version of an article stored and the new one does not: all its mentions,
     * and the sentences and events whose keys are not stored again. Rows whose keys come back are
     * overwritten in place instead, because DuckDB (1.1) cannot delete a key and insert it again in one
     * transaction: a plain INSERT then fails with a duplicate key and an INSERT OR REPLACE is lost.
     */
    private void deleteStale(String articleId, List<Sentence> sentences, List<Event> events) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM mentions WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
        Set<Integer> keptSentences = sentences.stream().map(Sentence::index).collect(Collectors.toSet());
        List<Integer> staleSentences = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT idx FROM sentences WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!keptSentences.contains(rs.getInt(1))) {
                        staleSentences.add(rs.getInt(1));
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "DELETE FROM sentences WHERE article_id = ? AND idx = ?")) {
            for (int idx : staleSentences) {
                ps.setString(1, articleId);
                ps.setInt(2, idx);
                ps.executeUpdate();
            }
        }
        Set<String> keptEvents = events.stream().map(Event::id).collect(Collectors.toSet());
        List<String> staleEvents = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM events WHERE article_id = ?")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!keptEvents.contains(rs.getString(1))) {
                        staleEvents.add(rs.getString(1));
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM events WHERE id = ?")) {
            for (String id : staleEvents) {
                ps.setString(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void insertArticle(Article a, String hash, boolean replace) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                (replace ? "INSERT OR REPLACE" : "INSERT")
                        + " INTO articles (id, content_hash, title, url, source, published, language, origin)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, a.id());
            ps.setString(2, hash);
            ps.setString(3, a.title());
            ps.setString(4, a.url());
            ps.setString(5, a.source());
            ps.setObject(6, a.published() == null ? null : Date.valueOf(a.published()));
            ps.setString(7, a.language());
            ps.setString(8, a.origin());
            ps.executeUpdate();
        }
    }

    private void insertSentences(String articleId, List<Sentence> sentences, boolean replace) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                (replace ? "INSERT OR REPLACE" : "INSERT") + " INTO sentences VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Sentence s : sentences) {
                ps.setString(1, articleId);
                ps.setInt(2, s.index());
                ps.setInt(3, s.begin());
                ps.setInt(4, s.end());
                ps.setString(5, s.text());
                ps.setBoolean(6, s.parsed());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertEvents(String articleId, List<Event> events) throws SQLException {
        try (PreparedStatement ev = connection.prepareStatement(
                "INSERT OR REPLACE INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mn = connection.prepareStatement(
                     "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Event e : events) {
                ev.setString(1, e.id());
                ev.setString(2, articleId);
                ev.setObject(3, e.date().date() == null ? null : Date.valueOf(e.date().date()));
                ev.setString(4, e.date().precision().label());
                ev.setString(5, e.date().basis().label());
                ev.setString(6, e.type());
                ev.setString(7, e.mode());
                ev.setString(8, e.cameo());
                ev.setInt(9, e.quadClass());
                ev.setDouble(10, e.goldstein());
                ev.setString(11, e.modality().label());
                ev.setString(12, codes(e.actors()));
                ev.setString(13, codes(e.recipients()));
                ev.setString(14, EventJson.write(e));
                ev.addBatch();
                for (Mention m : e.mentions()) {
                    mn.setString(1, e.id());
                    mn.setString(2, articleId);
                    mn.setInt(3, m.sentence());
                    mn.setInt(4, m.start());
                    mn.setInt(5, m.end());
                    mn.setString(6, m.trigger());
                    mn.setString(7, m.text());
                    mn.setString(8, m.url());
                    mn.setString(9, m.source());
                    mn.addBatch();
                }
            }
            ev.executeBatch();
            mn.executeBatch();
        }
    }

    /** " RUSGOV RUS " style: each code and its country, padded so LIKE '% X %' matches whole codes. */
    private static String codes(List<Actor> actors) {
        StringBuilder sb = new StringBuilder(" ");
        for (Actor a : actors) {
            sb.append(a.code()).append(' ');
            if (a.country() != null && !a.country().equals(a.code())) {
                sb.append(a.country()).append(' ');
            }
            if (a.entity() != null) {
                sb.append(a.entity().toUpperCase(Locale.ROOT).replace(' ', '_')).append(' ');
            }
        }
        return sb.toString();
    }

    /** Events matching the query, by date (unknown dates last), then id. */
    public List<Event> events(EventQuery q) {
        return events(q, EventSort.DATE);
    }

    /** Events matching the query in the given order (ties broken by date, then id). */
    public List<Event> events(EventQuery q, EventSort sort) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT record FROM events WHERE " + where(q, false, args)
                + " ORDER BY " + sort.orderBy() + " LIMIT ? OFFSET ?";
        args.add((long) q.limit());
        args.add((long) q.offset());
        List<Event> out = new ArrayList<>();
        query(sql, args, rs -> out.add(EventJson.read(rs.getString(1))));
        return out;
    }

    /** How many events match the query, ignoring its limit and offset. */
    public long count(EventQuery q) {
        List<Object> args = new ArrayList<>();
        long[] n = new long[1];
        query("SELECT count(*) FROM events WHERE " + where(q, false, args), args, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** How many events with a known date match the query, ignoring its limit and offset. */
    public long countDated(EventQuery q) {
        List<Object> args = new ArrayList<>();
        long[] n = new long[1];
        query("SELECT count(*) FROM events WHERE " + where(q, true, args), args, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    /** Events with a known date matching the query, oldest first, for placing on a time axis. */
    public List<Event> datedEvents(EventQuery q) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT record FROM events WHERE " + where(q, true, args)
                + " ORDER BY " + EventSort.DATE.orderBy() + " LIMIT ? OFFSET ?";
        args.add((long) q.limit());
        args.add((long) q.offset());
        List<Event> out = new ArrayList<>();
        query(sql, args, rs -> out.add(EventJson.read(rs.getString(1))));
        return out;
    }

    /** One event by id, whatever its modality. */
    public Optional<Event> event(String id) {
        List<Event> out = new ArrayList<>();
        query("SELECT record FROM events WHERE id = ?", List.of(id), rs -> out.add(EventJson.read(rs.getString(1))));
        return out.stream().findFirst();
    }

    /** Title, URL, source and publication date of the stored articles among {@code ids}. */
    public Map<String, ArticleInfo> articles(Collection<String> ids) {
        Map<String, ArticleInfo> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object> args = new ArrayList<>(new LinkedHashSet<>(ids));
        String marks = args.stream().map(a -> "?").collect(Collectors.joining(","));
        query("SELECT id, title, url, source, published FROM articles WHERE id IN (" + marks + ") ORDER BY id", args,
                rs -> out.put(rs.getString(1), new ArticleInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class))));
        return out;
    }

    /** What the store knows of an article besides its text. */
    public record ArticleInfo(String id, String title, String url, String source, LocalDate published) {
    }

    /**
     * Events matching the query (ignoring limit and offset) counted per period: by quad class, with the
     * mean Goldstein value. Only periods that hold events are returned, oldest first; undated events are
     * left out.
     */
    public List<SeriesPoint> series(EventQuery q, Interval interval) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT date_trunc('" + interval.label() + "', date) AS period, count(*),"
                + " count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),"
                + " count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), avg(goldstein)"
                + " FROM events WHERE " + where(q, true, args) + " GROUP BY period ORDER BY period";
        List<SeriesPoint> out = new ArrayList<>();
        query(sql, args, rs -> out.add(new SeriesPoint(rs.getObject(1, LocalDate.class), rs.getLong(2),
                new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}, rs.getDouble(7))));
        return out;
    }

    /** Periods of a time series. */
    public enum Interval {
        DAY, WEEK, MONTH;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The first day of the period that holds {@code date} (weeks start on Monday). */
        public LocalDate start(LocalDate date) {
            return switch (this) {
                case DAY -> date;
                case WEEK -> date.minusDays(date.getDayOfWeek().getValue() - 1L);
                case MONTH -> date.withDayOfMonth(1);
            };
        }

        /** The first day of the next period. */
        public LocalDate next(LocalDate periodStart) {
            return switch (this) {
                case DAY -> periodStart.plusDays(1);
                case WEEK -> periodStart.plusWeeks(1);
                case MONTH -> periodStart.plusMonths(1);
            };
        }
    }

    /**
     * One period of a series.
     *
     * @param period    first day of the period
     * @param events    events in it
     * @param quadClass events per quad class: verbal cooperation, material cooperation, verbal conflict,
     *                  material conflict
     * @param goldstein mean Goldstein value
     */
    public record SeriesPoint(LocalDate period, long events, long[] quadClass, double goldstein) {
    }

    /**
     * The actor codes of the events matching the query (ignoring limit and offset), most frequent first:
     * how many events each takes part in, as source and as target, and the entities seen under it.
     */
    public List<ActorCount> actors(EventQuery q, int limit) {
        List<Object> args = new ArrayList<>();
        String w = where(q, false, args);
        List<Object> all = new ArrayList<>(args);
        all.addAll(args);
        all.add((long) limit);
        String sql = """
                WITH sides AS (
                  SELECT id, 'source' AS side, unnest(from_json(record::JSON->'actor', '["json"]')) AS a
                    FROM events WHERE %1$s
                  UNION ALL
                  SELECT id, 'target' AS side, unnest(from_json(record::JSON->'recipient', '["json"]')) AS a
                    FROM events WHERE %1$s)
                SELECT a->>'code' AS code, any_value(a->>'country'), any_value(a->>'sector'),
                       count(DISTINCT id) AS n,
                       count(DISTINCT id) FILTER (WHERE side = 'source'),
                       count(DISTINCT id) FILTER (WHERE side = 'target'),
                       list_sort(list(DISTINCT a->>'entity') FILTER (WHERE a->>'entity' IS NOT NULL))
                FROM sides GROUP BY code ORDER BY n DESC, code LIMIT ?""".formatted(w);
        List<ActorCount> out = new ArrayList<>();
        query(sql, all, rs -> {
            List<String> entities = new ArrayList<>();
            java.sql.Array arr = rs.getArray(7);
            if (arr != null) {
                for (Object o : (Object[]) arr.getArray()) {
                    if (o != null) {
                        entities.add(o.toString());
                    }
                }
            }
            out.add(new ActorCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), entities));
        });
        return out;
    }

    /** An actor code with the number of events it takes part in. */
    public record ActorCount(String code, String country, String sector, long events, long asSource, long asTarget,
                             List<String> entities) {
    }

    /** The WHERE condition of a query (no limit or offset), its parameters appended to {@code args}. */
    private static String where(EventQuery q, boolean datedOnly, List<Object> args) {
        StringBuilder sql = new StringBuilder("1=1");
        sql.append(" AND modality IN (")
                .append(q.modalities().stream().map(m -> "'" + m.label() + "'").sorted().collect(Collectors.joining(",")))
                .append(")");
        if (q.actor() != null) {
            String key = "% " + q.actor().toUpperCase(Locale.ROOT).replace(' ', '_') + " %";
            sql.append(" AND (actor_codes LIKE ? OR recipient_codes LIKE ?)");
            args.add(key);
            args.add(key);
        }
        if (q.country() != null) {
            String key = "% " + q.country().toUpperCase(Locale.ROOT) + " %";
            sql.append(" AND (actor_codes LIKE ? OR recipient_codes LIKE ?)");
            args.add(key);
            args.add(key);
        }
        if (q.dyad() != null) {
            String[] pair = q.dyad().toUpperCase(Locale.ROOT).split(":");
            sql.append(" AND actor_codes LIKE ? AND recipient_codes LIKE ?");
            args.add("% " + pair[0] + " %");
            args.add("% " + pair[1] + " %");
        }
        if (q.type() != null) {
            if (q.type().matches("\\d+")) {
                sql.append(" AND cameo LIKE ?");
                args.add(q.type() + "%");
            } else {
                sql.append(" AND type = ?");
                args.add(q.type());
            }
        }
        if (q.from() != null) {
            sql.append(" AND date >= ?");
            args.add(Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND date <= ?");
            args.add(Date.valueOf(q.to()));
        }
        if (datedOnly) {
            sql.append(" AND date IS NOT NULL");
        }
        return sql.toString();
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> args, Row row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot query database " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Counts of articles, sentences, events and mentions, for summaries and health checks. */
    public Counts counts() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM sentences), "
                     + "(SELECT count(*) FROM events), (SELECT count(*) FROM events WHERE modality = 'asserted'), "
                     + "(SELECT count(*) FROM mentions)")) {
            rs.next();
            return new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
        } catch (SQLException e) {
            throw new StoreException("cannot read database " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    public record Counts(long articles, long sentences, long events, long assertedEvents, long mentions) {
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close database " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
