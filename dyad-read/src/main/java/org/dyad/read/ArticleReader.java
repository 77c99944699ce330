package org.dyad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dyad.model.Article;
import org.dyad.stage.Input;

/**
 * Read stage: turns files and folders into {@link Input}s, one per article, in a stable order.
 *
 * <ul>
 *   <li>{@code .txt}: the first non-empty line is the title, the rest the body. Metadata comes from a
 *       {@code NAME.json} sidecar or the folder's {@code manifest.csv} / {@code manifest.jsonl}.</li>
 *   <li>{@code .jsonl}: one article per line ({@code id}, {@code text}, optional {@code title},
 *       {@code url}, {@code source}, {@code published}, {@code language}).</li>
 *   <li>Sentence mode: {@code .jsonl} lines {@code {"id","text","date"}}, each a one-sentence article.</li>
 * </ul>
 * A document that cannot be read becomes an {@link Input.Failed} naming it and the reason; reading
 * goes on with the rest. Files of other types inside a folder are passed over silently (a README next
 * to the articles is not an error); named explicitly, they are reported.
 */
public final class ArticleReader {

    /** Largest article accepted, in characters: larger ones are almost always dumps, not articles. */
    public static final int DEFAULT_MAX_CHARS = 2_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MANIFEST_CSV = "manifest.csv";
    private static final String MANIFEST_JSONL = "manifest.jsonl";

    private final boolean sentences;
    private final int maxChars;

    private ArticleReader(boolean sentences, int maxChars) {
        this.sentences = sentences;
        this.maxChars = maxChars;
    }

    /** Reads articles: {@code .txt} files and {@code .jsonl} article records. */
    public static ArticleReader articles() {
        return new ArticleReader(false, DEFAULT_MAX_CHARS);
    }

    /** Reads sentence mode: JSONL {@code {"id","text","date"}}, each a one-sentence article. */
    public static ArticleReader sentences() {
        return new ArticleReader(true, DEFAULT_MAX_CHARS);
    }

    public ArticleReader withMaxChars(int max) {
        return new ArticleReader(sentences, max);
    }

    /** All inputs under the given files and folders, lazily, in path order. */
    public Stream<Input> read(List<Path> paths) {
        return paths.stream().flatMap(this::readPath);
    }

    /**
     * How many articles the paths hold, cheaply (text files and JSONL lines are counted, not parsed),
     * for progress bars.
     */
    public static long estimate(List<Path> paths) {
        long n = 0;
        for (Path p : paths) {
            try (Stream<Path> walk = Files.walk(p)) {
                for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (name.endsWith(".txt")) {
                        n++;
                    } else if ((name.endsWith(".jsonl") || name.endsWith(".ndjson")) && !name.equals(MANIFEST_JSONL)) {
                        try (Stream<String> lines = Files.lines(f, StandardCharsets.ISO_8859_1)) {
                            n += lines.filter(l -> !l.isBlank()).count();
                        }
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                // unreadable paths are reported when read; the estimate just leaves them out
            }
        }
        return n;
    }

    /** Reads a stream (standard input): JSONL when it starts with '{' or in sentence mode, else text. */
    public Stream<Input> read(InputStream in, String name) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return Stream.of(Input.failed(name, "cannot read: " + e.getMessage()));
        }
        String text;
        try {
            text = TextDecoder.decode(bytes);
        } catch (BadInputException e) {
            return Stream.of(Input.failed(name, e.getMessage()));
        }
        if (sentences || text.stripLeading().startsWith("{")) {
            BufferedReader reader = new BufferedReader(new java.io.StringReader(text));
            return lines(reader::readLine, name, name);
        }
        return Stream.of(textArticle(text, name, name, Metadata.NONE));
    }

    private Stream<Input> readPath(Path path) {
        if (Files.isDirectory(path)) {
            return readFolder(path);
        }
        if (!Files.exists(path)) {
            return Stream.of(Input.failed(path.toString(), "no such file or folder"));
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt") && !sentences) {
            Path dir = path.toAbsolutePath().getParent();
            return Stream.of(readText(path, idOf(path.getFileName()), manifest(dir)));
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return readJsonl(path);
        }
        return Stream.of(Input.failed(path.toString(), sentences
                ? "sentence mode reads .jsonl files only"
                : "unsupported file type; Dyad reads .txt and .jsonl"));
    }

    private Stream<Input> readFolder(Path root) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return Stream.of(Input.failed(root.toString(), "cannot list folder: " + e.getMessage()));
        }
        Map<Path, Map<String, Metadata>> manifests = new HashMap<>();
        List<Input> problems = new ArrayList<>();
        return files.stream().flatMap(file -> {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.equals(MANIFEST_CSV) || name.equals(MANIFEST_JSONL)) {
                return Stream.empty();
            }
            if (name.endsWith(".txt") && !sentences) {
                Map<String, Metadata> manifest = manifests.computeIfAbsent(file.getParent(),
                        dir -> manifest(dir, problems));
                Stream<Input> pending = drain(problems);
                return Stream.concat(pending, Stream.of(readText(file, idOf(root.relativize(file)), manifest)));
            }
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return readJsonl(file);
            }
            return Stream.empty();
        });
    }

    private static Stream<Input> drain(List<Input> problems) {
        if (problems.isEmpty()) {
            return Stream.empty();
        }
        List<Input> copy = List.copyOf(problems);
        problems.clear();
        return copy.stream();
    }

    private Map<String, Metadata> manifest(Path dir) {
        List<Input> ignored = new ArrayList<>();
        return manifest(dir, ignored);
    }

    private Map<String, Metadata> manifest(Path dir, List<Input> problems) {
        if (dir == null) {
            return Map.of();
        }
        try {
            Path csv = dir.resolve(MANIFEST_CSV);
            if (Files.isRegularFile(csv)) {
                return Manifests.readCsv(csv);
            }
            Path jsonl = dir.resolve(MANIFEST_JSONL);
            if (Files.isRegularFile(jsonl)) {
                return Manifests.readJsonl(jsonl);
            }
        } catch (BadInputException e) {
            problems.add(Input.failed(e.origin(), e.getMessage()));
        }
        return Map.of();
    }

    /** Article id of a text file: its path below the folder given, without the extension. */
    private static String idOf(Path relative) {
        String s = relative.toString().replace('\\', '/');
        int dot = s.lastIndexOf('.');
        return dot > 0 ? s.substring(0, dot) : s;
    }

    private Input readText(Path file, String id, Map<String, Metadata> manifest) {
        String origin = file.toString();
        String text;
        try {
            long size = Files.size(file);
            if (size > (long) maxChars * 4) {
                return Input.failed(origin, "too large (" + size + " bytes); the limit is " + maxChars
                        + " characters per article");
            }
            text = TextDecoder.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Input.failed(origin, "no such file");
        } catch (IOException e) {
            return Input.failed(origin, "cannot read: " + e.getMessage());
        } catch (BadInputException e) {
            return Input.failed(origin, e.getMessage());
        }
        Metadata meta = manifest.getOrDefault(file.getFileName().toString(), Metadata.NONE);
        Path sidecar = file.resolveSibling(idOf(file.getFileName()) + ".json");
        if (Files.isRegularFile(sidecar)) {
            try {
                meta = Metadata.fromJson(JSON.readTree(TextDecoder.decode(Files.readAllBytes(sidecar))));
            } catch (JsonProcessingException e) {
                return Input.failed(sidecar.toString(), "malformed JSON metadata: " + e.getOriginalMessage());
            } catch (IllegalArgumentException | BadInputException e) {
                return Input.failed(sidecar.toString(), e.getMessage());
            } catch (IOException e) {
                return Input.failed(sidecar.toString(), "cannot read: " + e.getMessage());
            }
        }
        return textArticle(text, id, origin, meta);
    }

    private Input textArticle(String text, String id, String origin, Metadata meta) {
        if (text.length() > maxChars) {
            return Input.failed(origin, "too large (" + text.length() + " characters); the limit is " + maxChars);
        }
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        String stripped = normalized.strip();
        if (stripped.isEmpty()) {
            return Input.failed(origin, "empty: no text");
        }
        int newline = stripped.indexOf('\n');
        String title = newline < 0 ? stripped : stripped.substring(0, newline).strip();
        String body = newline < 0 ? "" : stripped.substring(newline + 1).strip();
        if (body.isEmpty()) {
            return Input.failed(origin, "no body: only a title line ('" + abbreviate(title) + "')");
        }
        if (meta.title() != null) {
            title = meta.title();
        }
        return Input.read(new Article(id, title, body, meta.url(), meta.source(), meta.published(),
                meta.language(), origin));
    }

    private Stream<Input> readJsonl(Path file) {
        Utf8Lines reader;
        try {
            reader = new Utf8Lines(Files.newInputStream(file));
        } catch (IOException e) {
            return Stream.of(Input.failed(file.toString(), "cannot read: " + e.getMessage()));
        }
        return lines(reader::readLine, file.toString(), idOf(file.getFileName())).onClose(() -> {
            try {
                reader.close();
            } catch (IOException ignored) {
                // nothing left to read
            }
        });
    }

    /** A source of lines; {@code null} at the end. */
    private interface LineSource {
        String readLine() throws IOException;
    }

    /** Thrown for one line that is not UTF-8; that line has been consumed and reading can go on. */
    private static final class NotUtf8 extends CharacterCodingException {
        private final String reason;

        NotUtf8(String reason) {
            this.reason = reason;
        }

        @Override
        public String getMessage() {
            return reason;
        }
    }

    /**
     * Lines of a byte stream, each decoded as strict UTF-8 on its own, so that one bad line is reported
     * with its own number and spoils neither the lines before it nor those after it.
     */
    private static final class Utf8Lines implements Closeable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int pos;
        private int end;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);

        Utf8Lines(InputStream in) {
            this.in = in;
        }

        String readLine() throws IOException {
            line.reset();
            boolean any = false;
            while (true) {
                if (pos == end) {
                    end = in.read(buffer);
                    pos = 0;
                    if (end <= 0) {
                        end = 0;
                        break;
                    }
                }
                any = true;
                int start = pos;
                while (pos < end && buffer[pos] != '\n') {
                    pos++;
                }
                line.write(buffer, start, pos - start);
                if (pos < end) {
                    pos++; // the newline
                    break;
                }
            }
            if (!any) {
                return null;
            }
            byte[] bytes = line.toByteArray();
            int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
            ByteBuffer bb = ByteBuffer.wrap(bytes, 0, length);
            try {
                return decoder.reset().decode(bb).toString();
            } catch (CharacterCodingException e) {
                int at = bb.position();
                throw new NotUtf8(String.format("not valid UTF-8 (byte 0x%02x, byte %d of the line); "
                        + "convert the file to UTF-8", at < length ? bytes[at] & 0xff : 0, at + 1));
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** One input per non-blank line, read lazily so that large corpora stream. */
    private Stream<Input> lines(LineSource reader, String origin, String fallbackId) {
        Iterator<Input> it = new Iterator<>() {
            int lineNo;
            Input next;
            boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    String line;
                    try {
                        line = reader.readLine();
                    } catch (NotUtf8 e) {
                        lineNo++;
                        next = Input.failed(origin + ":" + lineNo, e.getMessage());
                        break;
                    } catch (CharacterCodingException e) {
                        done = true;
                        next = Input.failed(origin + ":" + (lineNo + 1),
                                "not valid UTF-8; the rest of the file was skipped; convert it to UTF-8");
                        break;
                    } catch (IOException e) {
                        done = true;
                        next = Input.failed(origin, "cannot read: " + e.getMessage());
                        break;
                    }
                    if (line == null) {
                        done = true;
                        break;
                    }
                    lineNo++;
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1); // byte-order mark
                    }
                    if (!line.isBlank()) {
                        next = jsonLine(line, origin + ":" + lineNo, fallbackId + "-" + lineNo);
                    }
                }
                return next != null;
            }

            @Override
            public Input next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Input out = next;
                next = null;
                return out;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    private Input jsonLine(String line, String origin, String fallbackId) {
        if (line.length() > maxChars) {
            return Input.failed(origin, "too large (" + line.length() + " characters); the limit is " + maxChars);
        }
        JsonNode o;
        try {
            o = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return Input.failed(origin, "malformed JSON: " + e.getOriginalMessage());
        }
        if (!o.isObject()) {
            return Input.failed(origin, "expected a JSON object, found " + o.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        JsonNode textNode = o.get("text");
        if (textNode == null || !textNode.isTextual() || textNode.asText().isBlank()) {
            return Input.failed(origin, "missing or empty \"text\"");
        }
        String id = o.hasNonNull("id") ? o.get("id").asText() : fallbackId;
        try {
            if (sentences) {
                String date = o.hasNonNull("date") ? o.get("date").asText() : null;
                return Input.read(new Article(id, "", textNode.asText().strip(), null, null,
                        Metadata.parseDate(date), "en", origin));
            }
            Metadata meta = Metadata.fromJson(o);
            String text = textNode.asText().replace("\r\n", "\n").strip();
            return Input.read(new Article(id, meta.title(), text, meta.url(), meta.source(), meta.published(),
                    meta.language(), origin));
        } catch (IllegalArgumentException e) {
            return Input.failed(origin, e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
