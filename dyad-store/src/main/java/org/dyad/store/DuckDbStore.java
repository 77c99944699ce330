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
import java.util.TreeMap;
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

    /**
     * Version of the schema this code writes; a newer file is refused rather than misread. Version 2
     * added linking (reports pointing at linked events, stories, near-duplicate signatures); a version 1
     * file is upgraded in place when opened, and its events are linked by the next run (see
     * {@link #relinkPending()}). Version 3 allows events without a PLOVER type (CAMEO 01 statements): an
     * older file's {@code type} column loses its NOT NULL when opened.
     */
    public static final int SCHEMA_VERSION = 3;

    /** What storing an article did. */
    public enum Outcome { ADDED, UNCHANGED, REPLACED }

    private final Connection connection;
    private final Path path;
    private int upgradedFrom;

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
                    createLinkSchema(st);
                    st.execute("INSERT INTO dyad_schema VALUES (" + SCHEMA_VERSION + ")");
                } else if (version > SCHEMA_VERSION) {
                    throw new StoreException("database " + path + " has schema version " + version
                            + ", newer than this Dyad understands (" + SCHEMA_VERSION + "); upgrade Dyad", null);
                } else if (version == 1) {
                    upgradeFrom1(st);
                    upgradedFrom = 1;
                } else if (version == 2) {
                    upgradeFrom2(st);
                    upgradedFrom = 2;
                }
            }
        }
    }

    /** The schema version the file had before this open upgraded it, or 0 when it was not upgraded. */
    public int upgradedFrom() {
        return upgradedFrom;
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
                  date_basis VARCHAR, type VARCHAR, mode VARCHAR, cameo VARCHAR, quad_class INTEGER,
                  goldstein DOUBLE, modality VARCHAR NOT NULL, actor_codes VARCHAR, recipient_codes VARCHAR,
                  record VARCHAR NOT NULL)""");
        st.execute("""
                CREATE TABLE mentions (
                  event_id VARCHAR NOT NULL, article_id VARCHAR NOT NULL, sentence INTEGER, start_offset INTEGER,
                  end_offset INTEGER, trigger VARCHAR, text VARCHAR, url VARCHAR, source VARCHAR)""");
    }

    private static void createLinkSchema(Statement st) throws SQLException {
        st.execute("""
                ALTER TABLE events ADD COLUMN link_group VARCHAR""");
        st.execute("ALTER TABLE events ADD COLUMN mention_count INTEGER");
        st.execute("ALTER TABLE events ADD COLUMN article_count INTEGER");
        st.execute("ALTER TABLE events ADD COLUMN source_count INTEGER");
        st.execute("ALTER TABLE events ADD COLUMN first_source VARCHAR");
        st.execute("ALTER TABLE events ADD COLUMN story_id VARCHAR");
        st.execute("ALTER TABLE mentions ADD COLUMN report_id VARCHAR");
        st.execute("ALTER TABLE mentions ADD COLUMN link_group VARCHAR");
        st.execute("ALTER TABLE mentions ADD COLUMN published DATE");
        st.execute("ALTER TABLE mentions ADD COLUMN report VARCHAR");
        st.execute("CREATE TABLE event_aliases (alias VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL)");
        st.execute("""
                CREATE TABLE article_links (
                  article_id VARCHAR PRIMARY KEY, signature BLOB, features VARCHAR, duplicate_of VARCHAR)""");
        st.execute("CREATE TABLE stories (id VARCHAR PRIMARY KEY, title VARCHAR)");
        st.execute("CREATE TABLE story_articles (article_id VARCHAR PRIMARY KEY, story_id VARCHAR NOT NULL)");
        st.execute("CREATE TABLE dyad_meta (key VARCHAR PRIMARY KEY, value VARCHAR)");
    }

    /**
     * Version 1 stored each coded event as an event of its own. The upgrade adds the linking tables and
     * turns every stored event into a report of itself; the next {@code dyad run} links them (the old ids
     * stay reachable as aliases).
     */
    private void upgradeFrom1(Statement st) {
        transaction("upgrade the schema from version 1", () -> {
            createLinkSchema(st);
            st.execute("""
                    UPDATE mentions SET report_id = event_id,
                      report = (SELECT e.record FROM events e WHERE e.id = mentions.event_id),
                      published = (SELECT a.published FROM articles a WHERE a.id = mentions.article_id)""");
            st.execute("INSERT INTO dyad_meta VALUES ('relink', 'pending')");
            allowUntyped(st);
            st.execute("DELETE FROM dyad_schema");
            st.execute("INSERT INTO dyad_schema VALUES (" + SCHEMA_VERSION + ")");
        });
    }

    /**
     * Version 2 required a PLOVER type of every event; version 3 stores CAMEO 01 statements without one.
     * All or nothing: a file left without its version row could not be opened again.
     */
    private void upgradeFrom2(Statement st) {
        transaction("upgrade the schema from version 2", () -> {
            allowUntyped(st);
            st.execute("UPDATE dyad_schema SET version = " + SCHEMA_VERSION);
        });
    }

    private static void allowUntyped(Statement st) throws SQLException {
        st.execute("ALTER TABLE events ALTER COLUMN type DROP NOT NULL");
    }

    /** Whether events stored before an upgrade still wait to be linked. */
    public boolean relinkPending() {
        List<String> out = new ArrayList<>();
        query("SELECT value FROM dyad_meta WHERE key = 'relink'", List.of(), rs -> out.add(rs.getString(1)));
        return out.contains("pending");
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
        boolean replace = existing.isPresent();
        transaction("store article " + article.id(), () -> {
            if (replace) {
                deleteStale(article.id(), sentences, events);
            }
            insertArticle(article, hash, replace);
            insertSentences(article.id(), sentences, replace);
            insertEvents(article.id(), events);
        });
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
        deleteStaleSentences(articleId, sentences);
        deleteMissing("SELECT id FROM events WHERE article_id = ?", "DELETE FROM events WHERE article_id = ? AND id = ?",
                articleId, events.stream().map(Event::id).collect(Collectors.toSet()));
    }

    /** Deletes the article's rows whose key (the first column of {@code select}) is not in {@code kept}. */
    private void deleteMissing(String select, String delete, String articleId, Set<?> kept) throws SQLException {
        List<Object> stale = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(select)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object key = rs.getObject(1);
                    if (!kept.contains(key)) {
                        stale.add(key);
                    }
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(delete)) {
            for (Object key : stale) {
                ps.setString(1, articleId);
                ps.setObject(2, key);
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
        List<Object[]> rows = new ArrayList<>();
        for (Sentence s : sentences) {
            rows.add(new Object[] {articleId, s.index(), s.begin(), s.end(), s.text(), s.parsed()});
        }
        insertMany((replace ? "INSERT OR REPLACE" : "INSERT") + " INTO sentences", 6, rows);
    }

    private static final String EVENT_COLUMNS = "id, article_id, date, date_precision, date_basis, type, mode, cameo, "
            + "quad_class, goldstein, modality, actor_codes, recipient_codes, record";
    private static final String MENTION_COLUMNS = "event_id, article_id, sentence, start_offset, end_offset, trigger, "
            + "text, url, source";

    private void insertEvents(String articleId, List<Event> events) throws SQLException {
        try (PreparedStatement ev = connection.prepareStatement(
                "INSERT OR REPLACE INTO events (" + EVENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mn = connection.prepareStatement(
                     "INSERT INTO mentions (" + MENTION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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

    // ---- linking ----------------------------------------------------------------------------------

    /**
     * Stores an article with its sentences and what linking decided about it and its neighbours, in one
     * transaction. The article's earlier reports are replaced by those in {@code update}; events and
     * stories are written as the update says.
     */
    public Outcome saveLinked(Article article, List<Sentence> sentences, Links.Update update) {
        String hash = contentHash(article);
        Optional<String> existing = storedHash(article.id());
        if (existing.isPresent() && existing.get().equals(hash)) {
            return Outcome.UNCHANGED;
        }
        boolean replace = existing.isPresent();
        transaction("store article " + article.id(), () -> {
            if (replace) {
                deleteStaleSentences(article.id(), sentences);
                // Events of an earlier, unlinked version of the article (stored by save) go with it.
                execute("DELETE FROM events WHERE article_id = ? AND link_group IS NULL", article.id());
                execute("DELETE FROM mentions WHERE article_id = ?", article.id());
            }
            insertArticle(article, hash, replace);
            insertSentences(article.id(), sentences, replace);
            writeLinks(update);
        });
        return replace ? Outcome.REPLACED : Outcome.ADDED;
    }

    /** Writes a change of the linked state that stores no article (stories consolidated, a relink). */
    public void applyLinks(Links.Update update) {
        transaction("update links", () -> writeLinks(update));
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private void transaction(String what, SqlAction action) {
        try {
            connection.setAutoCommit(false);
            try {
                action.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private void execute(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    private void deleteStaleSentences(String articleId, List<Sentence> sentences) throws SQLException {
        deleteMissing("SELECT idx FROM sentences WHERE article_id = ?",
                "DELETE FROM sentences WHERE article_id = ? AND idx = ?", articleId,
                sentences.stream().map(Sentence::index).collect(Collectors.toSet()));
    }

    /**
     * Writes an update. Keys that stay are overwritten in place (INSERT OR REPLACE) and only keys that go
     * are deleted, never both in one transaction: DuckDB 1.1 cannot delete a key and insert it again.
     * Reports have no key, so an article's are deleted and inserted again.
     */
    private void writeLinks(Links.Update u) throws SQLException {
        for (Map.Entry<String, List<Links.ReportRow>> e : u.reports().entrySet()) {
            execute("DELETE FROM mentions WHERE article_id = ?", e.getKey());
            List<Object[]> rows = new ArrayList<>();
            for (Links.ReportRow r : e.getValue()) {
                Mention m = r.report().mentions().get(0);
                rows.add(new Object[] {r.event(), r.article(), m.sentence(), m.start(), m.end(), m.trigger(), m.text(),
                    m.url(), m.source(), r.id(), r.group(), r.published(), EventJson.write(r.report())});
            }
            insertMany("INSERT INTO mentions (" + MENTION_COLUMNS + ", report_id, link_group, published, report)", 13, rows);
        }
        Map<String, List<String>> movedTo = new TreeMap<>();
        u.moved().forEach((report, event) -> movedTo.computeIfAbsent(event, k -> new ArrayList<>()).add(report));
        for (Map.Entry<String, List<String>> m : movedTo.entrySet()) {
            for (List<Object> chunk : chunks(m.getValue())) {
                List<Object> args = new ArrayList<>();
                args.add(m.getKey());
                args.addAll(chunk);
                execute("UPDATE mentions SET event_id = ? WHERE report_id IN (" + marks(chunk.size()) + ")", args.toArray());
            }
        }
        List<Object[]> events = new ArrayList<>();
        for (Links.EventRow row : u.events()) {
            Event e = row.event();
            events.add(new Object[] {e.id(), e.mentions().isEmpty() ? "" : e.mentions().get(0).doc(), e.date().date(),
                e.date().precision().label(), e.date().basis().label(), e.type(), e.mode(), e.cameo(), e.quadClass(),
                e.goldstein(), e.modality().label(), codes(e.actors()), codes(e.recipients()), EventJson.write(e),
                row.group(), e.mentionCount(), e.articleCount(), e.sourceCount(), firstSource(e), e.story()});
        }
        insertMany("INSERT OR REPLACE INTO events (" + EVENT_COLUMNS
                + ", link_group, mention_count, article_count, source_count, first_source, story_id)", 20, events);
        deleteIn("DELETE FROM events WHERE id IN", u.deletedEvents());
        Set<String> live = u.events().stream().map(r -> r.event().id()).collect(Collectors.toSet());
        deleteIn("DELETE FROM event_aliases WHERE alias IN", live);
        for (Map.Entry<String, String> a : u.aliases().entrySet()) {
            if (!live.contains(a.getKey())) {
                execute("INSERT OR REPLACE INTO event_aliases VALUES (?, ?)", a.getKey(), a.getValue());
                // Aliases of the alias follow it.
                execute("UPDATE event_aliases SET event_id = ? WHERE event_id = ?", a.getValue(), a.getKey());
            }
        }
        List<Object[]> links = new ArrayList<>();
        for (Links.ArticleLink l : u.articleLinks()) {
            links.add(new Object[] {l.article(), l.signature() == null ? null : bytes(l.signature()), l.features(),
                l.duplicateOf()});
        }
        insertMany("INSERT OR REPLACE INTO article_links", 4, links);
        List<Object[]> storyOf = new ArrayList<>();
        u.storyOf().forEach((article, story) -> storyOf.add(new Object[] {article, story}));
        insertMany("INSERT OR REPLACE INTO story_articles", 2, storyOf);
        List<Object[]> stories = new ArrayList<>();
        u.stories().forEach((id, title) -> stories.add(new Object[] {id, title}));
        insertMany("INSERT OR REPLACE INTO stories", 2, stories);
        deleteIn("DELETE FROM stories WHERE id IN", u.deletedStories());
    }

    /** Inserts rows with multi-row VALUES, a hundred rows a statement: much faster in DuckDB than a JDBC batch. */
    private void insertMany(String head, int columns, List<Object[]> rows) throws SQLException {
        String tuple = "(" + marks(columns) + ")";
        for (int from = 0; from < rows.size(); from += 100) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 100));
            StringBuilder sql = new StringBuilder(head).append(" VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(tuple);
            }
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                int k = 1;
                for (Object[] row : chunk) {
                    for (Object v : row) {
                        if (v instanceof LocalDate d) {
                            ps.setObject(k++, Date.valueOf(d));
                        } else if (v instanceof byte[] b) {
                            ps.setBytes(k++, b);
                        } else {
                            ps.setObject(k++, v);
                        }
                    }
                }
                ps.executeUpdate();
            }
        }
    }

    private void deleteIn(String head, Collection<String> keys) throws SQLException {
        for (List<Object> chunk : chunks(keys)) {
            execute(head + " (" + marks(chunk.size()) + ")", chunk.toArray());
        }
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    /** The outlet to show for an event: the source of its first mention, else the URL's host, else the article. */
    static String firstSource(Event e) {
        if (e.mentions().isEmpty()) {
            return null;
        }
        Mention m = e.mentions().get(0);
        if (m.source() != null && !m.source().isBlank()) {
            return m.source();
        }
        String outlet = m.outlet();
        return outlet.startsWith("doc:") ? m.doc() : outlet;
    }

    private static byte[] bytes(int[] values) {
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(values.length * 4);
        for (int v : values) {
            b.putInt(v);
        }
        return b.array();
    }

    private static int[] ints(byte[] bytes) {
        java.nio.IntBuffer b = java.nio.ByteBuffer.wrap(bytes).asIntBuffer();
        int[] out = new int[b.remaining()];
        b.get(out);
        return out;
    }

    // ---- linking: reads ---------------------------------------------------------------------------

    /** The stored reports of the given linking groups. */
    public List<Links.ReportRow> reports(Collection<String> groups) {
        return reportRows("link_group", groups);
    }

    /** The stored reports of the given articles. */
    public List<Links.ReportRow> reportsOf(Collection<String> articles) {
        return reportRows("article_id", articles);
    }

    /** Reports stored before an upgrade and not linked yet. */
    public List<Links.ReportRow> pendingReports() {
        List<Links.ReportRow> out = new ArrayList<>();
        query("SELECT report_id, event_id, link_group, article_id, published, report FROM mentions"
                + " WHERE link_group IS NULL AND report IS NOT NULL ORDER BY article_id, sentence, start_offset",
                List.of(), rs -> out.add(reportRow(rs)));
        return out;
    }

    private List<Links.ReportRow> reportRows(String column, Collection<String> keys) {
        List<Links.ReportRow> out = new ArrayList<>();
        for (List<Object> chunk : chunks(keys)) {
            String marks = chunk.stream().map(k -> "?").collect(Collectors.joining(","));
            query("SELECT report_id, event_id, link_group, article_id, published, report FROM mentions WHERE "
                    + column + " IN (" + marks + ") AND report IS NOT NULL", chunk, rs -> out.add(reportRow(rs)));
        }
        return out;
    }

    private static Links.ReportRow reportRow(ResultSet rs) throws SQLException {
        return new Links.ReportRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getObject(5, LocalDate.class), EventJson.read(rs.getString(6)));
    }

    private static List<List<Object>> chunks(Collection<String> keys) {
        List<List<Object>> out = new ArrayList<>();
        List<Object> all = new ArrayList<>(new LinkedHashSet<>(keys));
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }

    /** Calls {@code sink} with every stored near-duplicate signature, in the order articles were stored. */
    public void forEachSignature(java.util.function.BiConsumer<String, int[]> sink) {
        query("SELECT l.article_id, l.signature FROM article_links l JOIN articles a ON a.id = l.article_id"
                + " WHERE l.signature IS NOT NULL ORDER BY a.stored_at, a.id", List.of(),
                rs -> sink.accept(rs.getString(1), ints(rs.getBytes(2))));
    }

    /** What the story clusterer needs of every linked article, in the order articles were stored. */
    public List<Links.ArticleState> articleStates() {
        List<Links.ArticleState> out = new ArrayList<>();
        query("SELECT a.id, a.title, a.published, l.features, s.story_id, l.duplicate_of FROM articles a"
                + " JOIN article_links l ON l.article_id = a.id LEFT JOIN story_articles s ON s.article_id = a.id"
                + " ORDER BY a.stored_at, a.id", List.of(),
                rs -> out.add(new Links.ArticleState(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6))));
        return out;
    }

    /** Title and sentences of an article, joined by newlines: its text as far as the store keeps it. */
    public Optional<String[]> storedText(String articleId) {
        List<String> title = new ArrayList<>();
        query("SELECT title FROM articles WHERE id = ?", List.of(articleId), rs -> title.add(rs.getString(1)));
        if (title.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder body = new StringBuilder();
        query("SELECT text FROM sentences WHERE article_id = ? ORDER BY idx", List.of(articleId),
                rs -> body.append(rs.getString(1)).append('\n'));
        return Optional.of(new String[] {title.get(0) == null ? "" : title.get(0), body.toString()});
    }

    /** For each event given, the articles of its reports. */
    public Map<String, List<String>> eventArticles(Collection<String> eventIds) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<Object> chunk : chunks(eventIds)) {
            String marks = chunk.stream().map(k -> "?").collect(Collectors.joining(","));
            query("SELECT event_id, article_id FROM mentions WHERE event_id IN (" + marks + ") ORDER BY event_id,"
                    + " published NULLS LAST, article_id", chunk,
                    rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        }
        return out;
    }

    /** The events that the given articles report. */
    public Set<String> eventsOfArticles(Collection<String> articles) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Object> chunk : chunks(articles)) {
            String marks = chunk.stream().map(k -> "?").collect(Collectors.joining(","));
            query("SELECT DISTINCT event_id FROM mentions WHERE article_id IN (" + marks + ")", chunk,
                    rs -> out.add(rs.getString(1)));
        }
        return out;
    }

    /** Moves events to other stories (event id to story id), record included. */
    public void setEventStories(Map<String, String> stories) {
        if (stories.isEmpty()) {
            return;
        }
        transaction("set the stories of events", () -> {
            for (List<Object> chunk : chunks(stories.keySet())) {
                String marks = chunk.stream().map(k -> "?").collect(Collectors.joining(","));
                List<Event> events = new ArrayList<>();
                try (PreparedStatement ps = connection.prepareStatement(
                        "SELECT record FROM events WHERE id IN (" + marks + ")")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setObject(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            events.add(EventJson.read(rs.getString(1)));
                        }
                    }
                }
                for (Event e : events) {
                    Event moved = e.withStory(stories.get(e.id()));
                    execute("UPDATE events SET story_id = ?, record = ? WHERE id = ?", moved.story(),
                            EventJson.write(moved), e.id());
                }
            }
        });
    }

    /** Calls {@code sink} with every linked report, article by article; for a scan that keeps little of each. */
    public void forEachLinkedReport(java.util.function.Consumer<Links.ReportRow> sink) {
        query("SELECT report_id, event_id, link_group, article_id, published, report FROM mentions"
                + " WHERE link_group IS NOT NULL AND report IS NOT NULL ORDER BY article_id, sentence, start_offset",
                List.of(), rs -> sink.accept(reportRow(rs)));
    }

    /** A value the link stage keeps about the file (such as the rules its groups were made by). */
    public Optional<String> linkMeta(String key) {
        List<String> out = new ArrayList<>();
        query("SELECT value FROM dyad_meta WHERE key = ?", List.of(key), rs -> out.add(rs.getString(1)));
        return out.stream().findFirst();
    }

    /** Sets a value of {@link #linkMeta}. */
    public void setLinkMeta(String key, String value) {
        transaction("note " + key, () -> execute("INSERT OR REPLACE INTO dyad_meta VALUES (?, ?)", key, value));
    }

    /** Notes that the events stored before an upgrade are linked now. */
    public void relinkDone() {
        transaction("finish the upgrade", () -> execute("DELETE FROM dyad_meta WHERE key = 'relink'"));
    }

    // ---- stories ------------------------------------------------------------------------------------

    /** Stories, the oldest first (by their first article's date, undated last, then id). */
    public List<Links.Story> stories(int limit, int offset) {
        return storyQuery("", List.of(), limit, offset);
    }

    public Optional<Links.Story> story(String id) {
        return storyQuery(" WHERE s.id = ?", List.of(id), 1, 0).stream().findFirst();
    }

    public long storyCount() {
        long[] n = new long[1];
        query("SELECT count(*) FROM stories", List.of(), rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private List<Links.Story> storyQuery(String where, List<Object> args, int limit, int offset) {
        List<Object> all = new ArrayList<>(args);
        all.add((long) limit);
        all.add((long) offset);
        List<Links.Story> out = new ArrayList<>();
        query("""
                SELECT s.id, s.title, min(a.published), max(a.published),
                       list(sa.article_id ORDER BY a.published NULLS LAST, sa.article_id),
                       (SELECT count(*) FROM events e WHERE e.story_id = s.id AND e.modality = 'asserted')
                FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id"""
                + where + " GROUP BY s.id, s.title ORDER BY min(a.published) NULLS LAST, s.id LIMIT ? OFFSET ?", all,
                rs -> {
                    List<String> articles = new ArrayList<>();
                    java.sql.Array arr = rs.getArray(5);
                    if (arr != null) {
                        for (Object o : (Object[]) arr.getArray()) {
                            articles.add(o.toString());
                        }
                    }
                    out.add(new Links.Story(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), articles, rs.getLong(6)));
                });
        return out;
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
        if (out.isEmpty()) {
            // An event merged into another by linking answers under its old id.
            query("SELECT e.record FROM event_aliases a JOIN events e ON e.id = a.event_id WHERE a.alias = ?",
                    List.of(id), rs -> out.add(EventJson.read(rs.getString(1))));
        }
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
        if (q.place() != null) {
            // the record holds the location: its country code, or its name in any case
            sql.append(" AND (json_extract_string(record, '$.location.country') = ?"
                    + " OR lower(json_extract_string(record, '$.location.name')) = ?)");
            args.add(q.place().strip().toUpperCase(Locale.ROOT));
            args.add(q.place().strip().toLowerCase(Locale.ROOT));
        }
        if (q.story() != null) {
            sql.append(" AND story_id = ?");
            args.add(q.story());
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
