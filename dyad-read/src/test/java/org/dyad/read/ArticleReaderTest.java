package org.dyad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Article;
import org.dyad.stage.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private static final String TITLE = "Poland and Ukraine agree on grain inspections";
    private static final String PARA1 = "WARSAW — Polish and Ukrainian officials agreed on Monday to inspect grain "
            + "shipments at the border rather than in Polish ports, the agriculture ministry said.";
    private static final String PARA2 = "Farmers in eastern Poland had blocked roads near the Dorohusk crossing "
            + "for a week in protest against cheap imports.";
    private static final String ARTICLE = TITLE + "\n\n" + PARA1 + "\n\n" + PARA2 + "\n";

    // ---- helpers --------------------------------------------------------------------------------

    private static List<Input> read(ArticleReader reader, Path... paths) {
        try (Stream<Input> s = reader.read(List.of(paths))) {
            return s.toList();
        }
    }

    private static List<Input> read(Path... paths) {
        return read(ArticleReader.articles(), paths);
    }

    private static Article only(List<Input> inputs) {
        assertEquals(1, inputs.size(), inputs::toString);
        return assertInstanceOf(Input.Read.class, inputs.get(0), inputs::toString).article();
    }

    private static Input.Failed onlyFailure(List<Input> inputs) {
        assertEquals(1, inputs.size(), inputs::toString);
        return assertInstanceOf(Input.Failed.class, inputs.get(0), inputs::toString);
    }

    private static List<String> ids(List<Input> inputs) {
        return inputs.stream().map(i -> i instanceof Input.Read r ? r.article().id() : "FAILED " + i.origin())
                .toList();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    // ---- text files -----------------------------------------------------------------------------

    @Test
    void textFileFirstLineIsTitleRestIsBody() throws IOException {
        Path file = write("pl-grain.txt", "\n\n  " + ARTICLE);
        Article a = only(read(file));
        assertEquals("pl-grain", a.id());
        assertEquals(TITLE, a.title());
        assertEquals(PARA1 + "\n\n" + PARA2, a.body());
        assertEquals(file.toString(), a.origin());
        assertNull(a.url());
        assertNull(a.source());
        assertNull(a.published());
        assertNull(a.language());
    }

    @Test
    void windowsAndOldMacLineEndingsAreNormalised() throws IOException {
        Article crlf = only(read(write("crlf.txt", ARTICLE.replace("\n", "\r\n"))));
        assertEquals(TITLE, crlf.title());
        assertEquals(PARA1 + "\n\n" + PARA2, crlf.body());
        Article cr = only(read(write("cr.txt", ARTICLE.replace("\n", "\r"))));
        assertEquals(PARA1 + "\n\n" + PARA2, cr.body());
    }

    @Test
    void sidecarJsonGivesMetadata() throws IOException {
        Path file = write("geneva.txt", ARTICLE);
        write("geneva.json", """
                {"url": "https://news.example.org/2023/03/07/grain",
                 "source": "Example Wire", "published": "2023-03-07T14:20:00Z", "language": "en"}
                """);
        Article a = only(read(file));
        assertEquals("https://news.example.org/2023/03/07/grain", a.url());
        assertEquals("Example Wire", a.source());
        assertEquals(LocalDate.of(2023, 3, 7), a.published());
        assertEquals("en", a.language());
        assertEquals(TITLE, a.title());
    }

    @Test
    void sidecarDatesAndTitle() throws IOException {
        write("a.txt", ARTICLE);
        write("a.json", "{\"published\": \"2023-03-08\", \"title\": \"Grain deal reached\"}");
        write("b.txt", ARTICLE);
        // late evening in New York is still the 7th there: the local date is kept, not converted to UTC
        write("b.json", "{\"published\": \"2023-03-07T23:30:00-05:00\"}");
        write("c.txt", ARTICLE);
        write("c.json", "{\"published\": \"2023-03-09T08:00:00\", \"url\": null, \"source\": \"  \"}");

        List<Input> in = read(dir);
        assertEquals(List.of("a", "b", "c"), ids(in));
        Article a = ((Input.Read) in.get(0)).article();
        assertEquals(LocalDate.of(2023, 3, 8), a.published());
        assertEquals("Grain deal reached", a.title());
        assertEquals(PARA1 + "\n\n" + PARA2, a.body());
        assertEquals(LocalDate.of(2023, 3, 7), ((Input.Read) in.get(1)).article().published());
        Article c = ((Input.Read) in.get(2)).article();
        assertEquals(LocalDate.of(2023, 3, 9), c.published());
        assertNull(c.url());
        assertNull(c.source());
    }

    @Test
    void manifestCsvWithQuotedFields() throws IOException {
        write("wire/manifest.csv", String.join("\r\n",
                "file,title,url,source,published",
                "kyiv.txt,\"Talks in Geneva, Switzerland, end without deal\",https://news.example.org/kyiv,"
                        + "\"Example News, Inc.\",2023-03-07",
                "minsk.txt,\"Lukashenko says \"\"no troops\"\" will cross\",https://news.example.org/minsk,"
                        + "Example Wire,2023-03-08T09:15:00Z",
                ""));
        write("wire/kyiv.txt", ARTICLE);
        write("wire/minsk.txt", ARTICLE);
        write("wire/odesa.txt", ARTICLE);

        List<Input> in = read(dir.resolve("wire"));
        assertEquals(List.of("kyiv", "minsk", "odesa"), ids(in));
        Article kyiv = ((Input.Read) in.get(0)).article();
        assertEquals("Talks in Geneva, Switzerland, end without deal", kyiv.title());
        assertEquals("https://news.example.org/kyiv", kyiv.url());
        assertEquals("Example News, Inc.", kyiv.source());
        assertEquals(LocalDate.of(2023, 3, 7), kyiv.published());
        assertEquals(PARA1 + "\n\n" + PARA2, kyiv.body());

        Article minsk = ((Input.Read) in.get(1)).article();
        assertEquals("Lukashenko says \"no troops\" will cross", minsk.title());
        assertEquals("Example Wire", minsk.source());
        assertEquals(LocalDate.of(2023, 3, 8), minsk.published());

        Article odesa = ((Input.Read) in.get(2)).article();
        assertEquals(TITLE, odesa.title());
        assertNull(odesa.url());
        assertNull(odesa.published());
    }

    @Test
    void manifestAppliesToAnExplicitlyNamedFileToo() throws IOException {
        write("manifest.csv", "filename,source,published\nkyiv.txt,Example Wire,2023-03-07\n");
        Article a = only(read(write("kyiv.txt", ARTICLE)));
        assertEquals("Example Wire", a.source());
        assertEquals(LocalDate.of(2023, 3, 7), a.published());
    }

    @Test
    void manifestJsonlKeyedByFileName() throws IOException {
        write("manifest.jsonl", """
                {"file": "kyiv.txt", "source": "Example Wire", "published": "2023-03-07T14:20:00Z"}

                {"file": "minsk.txt", "url": "https://news.example.org/minsk", "language": "en"}
                """);
        write("kyiv.txt", ARTICLE);
        write("minsk.txt", ARTICLE);
        List<Input> in = read(dir);
        assertEquals(List.of("kyiv", "minsk"), ids(in));
        Article kyiv = ((Input.Read) in.get(0)).article();
        assertEquals("Example Wire", kyiv.source());
        assertEquals(LocalDate.of(2023, 3, 7), kyiv.published());
        Article minsk = ((Input.Read) in.get(1)).article();
        assertEquals("https://news.example.org/minsk", minsk.url());
        assertEquals("en", minsk.language());
        assertNull(minsk.published());
    }

    @Test
    void sidecarWinsOverManifest() throws IOException {
        write("manifest.csv", "file,source\nkyiv.txt,Manifest Wire\n");
        write("kyiv.txt", ARTICLE);
        write("kyiv.json", "{\"source\": \"Sidecar Wire\"}");
        assertEquals("Sidecar Wire", only(read(dir)).source());
    }

    @Test
    void manifestWithoutFileColumnIsReportedAndArticlesStillRead() throws IOException {
        Path manifest = write("manifest.csv", "title,source\nTalks,Example Wire\n");
        write("kyiv.txt", ARTICLE);
        write("minsk.txt", ARTICLE);
        List<Input> in = read(dir);
        assertEquals(3, in.size(), in::toString);
        Input.Failed f = assertInstanceOf(Input.Failed.class, in.get(0));
        assertTrue(f.origin().contains(manifest.toString()), f.origin());
        assertTrue(f.reason().contains("no 'file' column"), f.reason());
        assertEquals(List.of("kyiv", "minsk"), ids(in.subList(1, 3)));
        assertNull(((Input.Read) in.get(1)).article().source());
    }

    @Test
    void badDateInManifestNamesTheRow() throws IOException {
        Path manifest = write("manifest.csv", "file,published\nkyiv.txt,2023-03-07\nminsk.txt,7 March 2023\n");
        write("kyiv.txt", ARTICLE);
        List<Input> in = read(dir);
        Input.Failed f = assertInstanceOf(Input.Failed.class, in.get(0));
        assertEquals(manifest.toString(), f.origin());
        assertTrue(f.reason().startsWith("row 3: "), f.reason());
        assertTrue(f.reason().contains("'7 March 2023'"), f.reason());
        assertEquals(List.of("kyiv"), ids(in.subList(1, in.size())));
    }

    // ---- JSONL and sentence mode ----------------------------------------------------------------

    @Test
    void jsonlArticles() throws IOException {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"id\": \"ex-1001\", \"title\": \"Lavrov meets Wang Yi\", \"text\": \"Russian Foreign Minister "
                        + "Sergey Lavrov met his Chinese counterpart Wang Yi in Beijing on Tuesday.\\r\\nThey "
                        + "discussed Ukraine.\", \"url\": \"https://news.example.org/1001\", \"source\": \"Example "
                        + "Wire\", \"published\": \"2023-03-07T14:20:00Z\", \"language\": \"en\"}",
                "",
                "{\"text\": \"  Protesters gathered outside the parliament in Tbilisi on Wednesday.  \"}",
                ""));
        List<Input> in = read(file);
        assertEquals(List.of("ex-1001", "feed-3"), ids(in));
        Article first = ((Input.Read) in.get(0)).article();
        assertEquals("Lavrov meets Wang Yi", first.title());
        assertEquals("Russian Foreign Minister Sergey Lavrov met his Chinese counterpart Wang Yi in Beijing on "
                + "Tuesday.\nThey discussed Ukraine.", first.body());
        assertEquals("https://news.example.org/1001", first.url());
        assertEquals("Example Wire", first.source());
        assertEquals(LocalDate.of(2023, 3, 7), first.published());
        assertEquals("en", first.language());
        assertEquals(file + ":1", first.origin());

        Article second = ((Input.Read) in.get(1)).article();
        assertEquals("Protesters gathered outside the parliament in Tbilisi on Wednesday.", second.body());
        assertEquals("", second.title());
        assertEquals(file + ":3", second.origin());
        assertNull(second.published());
    }

    @Test
    void sentenceMode() throws IOException {
        Path file = write("sentences.jsonl", String.join("\n",
                "{\"id\": \"s1\", \"text\": \"Turkey and Sweden held talks in Ankara.\", \"date\": \"2023-03-09\"}",
                "{\"id\": \"s2\", \"text\": \"Hungary summoned the Ukrainian ambassador.\"}",
                "{\"id\": \"s3\", \"text\": \"Israel struck targets in Syria.\", \"date\": \"2023-03-10T02:00:00Z\"}"));
        List<Input> in = read(ArticleReader.sentences(), file);
        assertEquals(List.of("s1", "s2", "s3"), ids(in));
        Article s1 = ((Input.Read) in.get(0)).article();
        assertEquals("Turkey and Sweden held talks in Ankara.", s1.body());
        assertEquals("", s1.title());
        assertEquals(LocalDate.of(2023, 3, 9), s1.published());
        assertEquals("en", s1.language());
        assertNull(((Input.Read) in.get(1)).article().published());
        assertEquals(LocalDate.of(2023, 3, 10), ((Input.Read) in.get(2)).article().published());
    }

    @Test
    void sentenceModeReadsOnlyJsonl() throws IOException {
        Path txt = write("kyiv.txt", ARTICLE);
        Input.Failed f = onlyFailure(read(ArticleReader.sentences(), txt));
        assertEquals(txt.toString(), f.origin());
        assertTrue(f.reason().contains(".jsonl"), f.reason());
        // in a folder the text file is passed over
        write("s.jsonl", "{\"id\": \"s1\", \"text\": \"Turkey and Sweden held talks in Ankara.\"}\n");
        assertEquals(List.of("s1"), ids(read(ArticleReader.sentences(), dir)));
    }

    @Test
    void sentenceModeBadDateFailsThatLineOnly() throws IOException {
        Path file = write("s.jsonl", String.join("\n",
                "{\"id\": \"s1\", \"text\": \"Turkey and Sweden held talks in Ankara.\", \"date\": \"last week\"}",
                "{\"id\": \"s2\", \"text\": \"Hungary summoned the Ukrainian ambassador.\", "
                        + "\"date\": \"2023-03-09\"}"));
        List<Input> in = read(ArticleReader.sentences(), file);
        Input.Failed f = assertInstanceOf(Input.Failed.class, in.get(0));
        assertEquals(file + ":1", f.origin());
        assertTrue(f.reason().contains("'last week'"), f.reason());
        assertEquals(List.of("s2"), ids(in.subList(1, 2)));
    }

    @Test
    void malformedJsonLineInTheMiddle() throws IOException {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"id\": \"a\", \"text\": \"Armenia and Azerbaijan exchanged fire along the border.\"}",
                "{\"id\": \"b\", \"text\": \"Georgia's parliament withdrew the bill after protests.",
                "{\"id\": \"c\", \"text\": \"Moldova expelled a Russian diplomat on Friday.\"}"));
        List<Input> in = read(file);
        assertEquals(3, in.size(), in::toString);
        assertEquals("a", ((Input.Read) in.get(0)).article().id());
        Input.Failed f = assertInstanceOf(Input.Failed.class, in.get(1));
        assertEquals(file + ":2", f.origin());
        assertTrue(f.reason().startsWith("malformed JSON"), f.reason());
        assertEquals("c", ((Input.Read) in.get(2)).article().id());
    }

    @Test
    void jsonLineWithoutTextOrWithBadFields() throws IOException {
        Path file = write("feed.jsonl", String.join("\n",
                "{\"id\": \"no-text\", \"title\": \"Kosovo talks stall\"}",
                "{\"id\": \"blank\", \"text\": \"   \"}",
                "{\"id\": \"number\", \"text\": 42}",
                "[\"Serbia\", \"Kosovo\"]",
                "{\"id\": \"bad-date\", \"text\": \"Serbia and Kosovo met in Brussels.\", \"published\": \"March 7\"}",
                "{\"id\": \"ok\", \"text\": \"Serbia and Kosovo met in Ohrid.\", \"published\": \"2023-03-18\"}"));
        List<Input> in = read(file);
        assertEquals(6, in.size(), in::toString);
        for (int i = 0; i < 5; i++) {
            Input.Failed f = assertInstanceOf(Input.Failed.class, in.get(i), in.get(i)::toString);
            assertEquals(file + ":" + (i + 1), f.origin());
        }
        assertEquals("missing or empty \"text\"", ((Input.Failed) in.get(0)).reason());
        assertEquals("missing or empty \"text\"", ((Input.Failed) in.get(1)).reason());
        assertEquals("missing or empty \"text\"", ((Input.Failed) in.get(2)).reason());
        assertEquals("expected a JSON object, found array", ((Input.Failed) in.get(3)).reason());
        String dateReason = ((Input.Failed) in.get(4)).reason();
        assertTrue(dateReason.contains("'March 7'") && dateReason.contains("not an ISO date"), dateReason);
        assertEquals(LocalDate.of(2023, 3, 18), ((Input.Read) in.get(5)).article().published());
    }

    @Test
    void jsonlWithUtf8ByteOrderMark() throws IOException {
        Path file = writeBytes("feed.jsonl", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                ("{\"id\": \"a\", \"text\": \"Erdoğan met Zelenskyy in Lviv.\"}\n"
                        + "{\"id\": \"b\", \"text\": \"Kyiv welcomed the grain deal.\"}\n")
                        .getBytes(StandardCharsets.UTF_8)));
        List<Input> in = read(file);
        assertEquals(List.of("a", "b"), ids(in));
        assertEquals("Erdoğan met Zelenskyy in Lviv.", ((Input.Read) in.get(0)).article().body());
    }

    @Test
    void jsonlWithInvalidUtf8ReportsTheLine() throws IOException {
        Path file = writeBytes("feed.jsonl", concat(
                "{\"id\": \"a\", \"text\": \"Armenia and Azerbaijan exchanged fire along the border.\"}\n"
                        .getBytes(StandardCharsets.UTF_8),
                "{\"id\": \"b\", \"text\": \"Le pr\u00e9sident Macron a re\u00e7u Zelensky.\"}\n"
                        .getBytes(StandardCharsets.ISO_8859_1),
                "{\"id\": \"c\", \"text\": \"Moldova expelled a Russian diplomat on Friday.\"}\n"
                        .getBytes(StandardCharsets.UTF_8)));
        List<Input> in = read(file);
        assertEquals(3, in.size(), in::toString);
        assertEquals("a", assertInstanceOf(Input.Read.class, in.get(0), in::toString).article().id());
        Input.Failed f = assertInstanceOf(Input.Failed.class, in.get(1), in::toString);
        assertEquals(file + ":2", f.origin());
        assertTrue(f.reason().contains("not valid UTF-8") && f.reason().contains("0xe9"), f.reason());
        Article c = assertInstanceOf(Input.Read.class, in.get(2), in::toString).article();
        assertEquals("c", c.id());
        assertEquals(file + ":3", c.origin());
    }

    @Test
    void jsonlWithoutFinalNewlineAndWithWindowsLineEnds() throws IOException {
        Path file = write("feed.jsonl", "{\"id\": \"a\", \"text\": \"Seoul and Tokyo resumed talks.\"}\r\n\r\n"
                + "{\"id\": \"b\", \"text\": \"Pyongyang fired a missile into the sea.\"}");
        List<Input> in = read(file);
        assertEquals(List.of("a", "b"), ids(in));
        assertEquals(file + ":3", in.get(1).origin());
        assertEquals("Pyongyang fired a missile into the sea.", ((Input.Read) in.get(1)).article().body());
    }

    // ---- folders --------------------------------------------------------------------------------

    @Test
    void folderIdsAreRelativePathsInSortedOrder() throws IOException {
        write("corpus/ukraine/kyiv.txt", ARTICLE);
        write("corpus/belarus.txt", ARTICLE);
        write("corpus/ukraine/2023/odesa.txt", ARTICLE);
        write("corpus/armenia.txt", ARTICLE);
        write("corpus/feeds/wire.jsonl", "{\"id\": \"w-1\", \"text\": \"Baku and Yerevan met in Brussels.\"}\n");

        List<Input> in = read(dir.resolve("corpus"));
        assertEquals(List.of("armenia", "belarus", "w-1", "ukraine/2023/odesa", "ukraine/kyiv"), ids(in));
        assertEquals(ids(in), ids(read(dir.resolve("corpus"))));
        // named explicitly, a file's id is its own name
        assertEquals("kyiv", only(read(dir.resolve("corpus/ukraine/kyiv.txt"))).id());
        // several paths are read in the order given
        assertEquals(List.of("kyiv", "armenia"), ids(read(dir.resolve("corpus/ukraine/kyiv.txt"),
                dir.resolve("corpus/armenia.txt"))));
    }

    @Test
    void otherFilesInAFolderAreIgnoredButNamedOnesAreReported() throws IOException {
        write("README.md", "# Scraped from Example Wire, March 2023\n");
        write("notes.docx", "not really a document");
        write("kyiv.json", "{\"source\": \"Example Wire\"}");
        write("kyiv.txt", ARTICLE);
        Path pdf = writeBytes("report.pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));

        List<Input> in = read(dir);
        assertEquals(List.of("kyiv"), ids(in));

        Input.Failed f = onlyFailure(read(pdf));
        assertEquals(pdf.toString(), f.origin());
        assertTrue(f.reason().contains("unsupported file type"), f.reason());
        Input.Failed readme = onlyFailure(read(dir.resolve("README.md")));
        assertTrue(readme.reason().contains("unsupported"), readme.reason());
    }

    @Test
    void missingPathIsReported() {
        Path absent = dir.resolve("no-such-folder");
        Input.Failed f = onlyFailure(read(absent));
        assertEquals(absent.toString(), f.origin());
        assertTrue(f.reason().contains("no such file"), f.reason());
    }

    // ---- bad inputs -----------------------------------------------------------------------------

    @Test
    void badFilesEachGiveOneFailureAndReadingContinues() throws IOException {
        write("a-good.txt", ARTICLE);
        Path binary = writeBytes("b-binary.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'});
        Path empty = writeBytes("c-empty.txt", new byte[0]);
        Path blank = write("d-blank.txt", "  \n\t\n   \r\n");
        Path titleOnly = write("e-title.txt", "\nNATO foreign ministers meet in Brussels\n\n");
        Path latin1 = writeBytes("f-latin1.txt", ("Macron re\u00e7oit Zelensky\n\nLe pr\u00e9sident fran\u00e7ais a "
                + "re\u00e7u son homologue ukrainien.\n").getBytes(StandardCharsets.ISO_8859_1));
        write("g-good.txt", ARTICLE);

        List<Input> in = read(dir);
        assertEquals(List.of("a-good", "FAILED " + binary, "FAILED " + empty, "FAILED " + blank,
                "FAILED " + titleOnly, "FAILED " + latin1, "g-good"), ids(in));

        assertTrue(reason(in, 1).contains("binary file"), reason(in, 1));
        assertTrue(reason(in, 2).startsWith("empty"), reason(in, 2));
        assertTrue(reason(in, 3).startsWith("empty"), reason(in, 3));
        assertTrue(reason(in, 4).contains("only a title line")
                && reason(in, 4).contains("NATO foreign ministers meet in Brussels"), reason(in, 4));
        assertTrue(reason(in, 5).contains("not valid UTF-8") && reason(in, 5).contains("0xe7")
                && reason(in, 5).contains("convert"), reason(in, 5));
    }

    private static String reason(List<Input> in, int i) {
        return ((Input.Failed) in.get(i)).reason();
    }

    @Test
    void invalidUtf8GivesTheOffendingByteAndOffset() throws IOException {
        byte[] bytes = ("Sommet \u00e0 Paris\n\nLes ministres se sont r\u00e9unis lundi.\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Input.Failed f = onlyFailure(read(writeBytes("paris.txt", bytes)));
        assertTrue(f.reason().contains("byte 0xe0 at offset 7"), f.reason());
    }

    @Test
    void malformedSidecarFailsTheArticleAndNamesTheSidecar() throws IOException {
        write("kyiv.txt", ARTICLE);
        Path sidecar = write("kyiv.json", "{\"source\": \"Example Wire\", \"published\": ");
        write("minsk.txt", ARTICLE);
        Path badDate = write("minsk.json", "{\"published\": \"07/03/2023\"}");
        write("odesa.txt", ARTICLE);

        List<Input> in = read(dir);
        assertEquals(List.of("FAILED " + sidecar, "FAILED " + badDate, "odesa"), ids(in));
        assertTrue(reason(in, 0).startsWith("malformed JSON metadata"), reason(in, 0));
        assertTrue(reason(in, 1).contains("'07/03/2023'") && reason(in, 1).contains("not an ISO date"),
                reason(in, 1));
    }

    @Test
    void oversizedArticlesAreRefused() throws IOException {
        ArticleReader small = ArticleReader.articles().withMaxChars(200);
        String shortArticle = "Talks in Ankara\n\nTurkish and Swedish officials met in Ankara on Thursday.\n";
        String longArticle = TITLE + "\n\n" + (PARA1 + "\n\n").repeat(3);
        String hugeArticle = TITLE + "\n\n" + (PARA1 + "\n\n").repeat(20);
        write("a.txt", shortArticle);
        Path longFile = write("b.txt", longArticle);
        Path hugeFile = write("c.txt", hugeArticle);
        Path feed = write("d.jsonl", "{\"id\": \"long\", \"text\": \"" + PARA1.repeat(2) + "\"}\n"
                + "{\"id\": \"fits\", \"text\": \"Turkish and Swedish officials met in Ankara on Thursday.\"}\n");

        List<Input> in = read(small, dir);
        assertEquals(List.of("a", "FAILED " + longFile, "FAILED " + hugeFile, "FAILED " + feed + ":1", "fits"),
                ids(in));
        assertEquals("too large (" + longArticle.length() + " characters); the limit is 200", reason(in, 1));
        // a file far over the limit is refused by its size, with a message that still makes sense
        assertTrue(reason(in, 2).startsWith("too large") && reason(in, 2).contains("200"), reason(in, 2));
        assertFalse(reason(in, 2).contains("0 MB") || reason(in, 2).contains(" 0 million"), reason(in, 2));
        assertTrue(reason(in, 3).startsWith("too large") && reason(in, 3).contains("200"), reason(in, 3));
        // the default limit accepts them all
        assertEquals(List.of("a", "b", "c", "long", "fits"), ids(read(dir)));
    }

    // ---- encodings ------------------------------------------------------------------------------

    @Test
    void byteOrderMarksAreHonoured() throws IOException {
        String text = "Erdoğan hosts Zelenskyy in Istanbul\n\nTurkish President Recep Tayyip Erdoğan met "
                + "Ukrainian President Volodymyr Zelenskyy in Istanbul on Friday.\n";
        writeBytes("utf8bom.txt", concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf},
                text.getBytes(StandardCharsets.UTF_8)));
        writeBytes("utf16be.txt", concat(new byte[] {(byte) 0xfe, (byte) 0xff},
                text.getBytes(StandardCharsets.UTF_16BE)));
        writeBytes("utf16le.txt", concat(new byte[] {(byte) 0xff, (byte) 0xfe},
                text.getBytes(StandardCharsets.UTF_16LE)));

        List<Input> in = read(dir);
        assertEquals(List.of("utf16be", "utf16le", "utf8bom"), ids(in));
        for (Input i : in) {
            Article a = ((Input.Read) i).article();
            assertEquals("Erdoğan hosts Zelenskyy in Istanbul", a.title(), a.id());
            assertEquals("Turkish President Recep Tayyip Erdoğan met Ukrainian President Volodymyr Zelenskyy "
                    + "in Istanbul on Friday.", a.body(), a.id());
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsTakenForBinary() throws IOException {
        byte[] bytes = (TITLE + "\n\n" + PARA1).getBytes(StandardCharsets.UTF_16LE);
        Input.Failed f = onlyFailure(read(writeBytes("nobom.txt", bytes)));
        assertTrue(f.reason().contains("binary"), f.reason());
    }

    // ---- streams and estimates ------------------------------------------------------------------

    @Test
    void standardInputTextAndJsonl() {
        byte[] text = ARTICLE.getBytes(StandardCharsets.UTF_8);
        Article a = only(ArticleReader.articles().read(new ByteArrayInputStream(text), "<stdin>").toList());
        assertEquals("<stdin>", a.id());
        assertEquals(TITLE, a.title());

        byte[] jsonl = ("{\"id\": \"x1\", \"text\": \"Kyiv and Warsaw agreed on grain checks.\"}\n"
                + "{\"id\": \"x2\", \"text\": \"Budapest objected.\"}\n").getBytes(StandardCharsets.UTF_8);
        List<Input> in = ArticleReader.articles().read(new ByteArrayInputStream(jsonl), "<stdin>").toList();
        assertEquals(List.of("x1", "x2"), ids(in));
        assertEquals("<stdin>:2", in.get(1).origin());

        Input.Failed bad = onlyFailure(ArticleReader.articles().read(
                new ByteArrayInputStream(new byte[] {'a', 0, 'b'}), "<stdin>").toList());
        assertEquals("<stdin>", bad.origin());
    }

    @Test
    void estimateCountsTextFilesAndJsonlLines() throws IOException {
        write("corpus/kyiv.txt", ARTICLE);
        write("corpus/sub/minsk.txt", ARTICLE);
        write("corpus/feed.jsonl", "{\"id\": \"1\", \"text\": \"a\"}\n\n{\"id\": \"2\", \"text\": \"b\"}\n"
                + "{\"id\": \"3\", \"text\": \"c\"}\n   \n");
        write("corpus/manifest.jsonl", "{\"file\": \"kyiv.txt\", \"source\": \"Example Wire\"}\n");
        write("corpus/manifest.csv", "file,source\nkyiv.txt,Example Wire\n");
        write("corpus/kyiv.json", "{\"source\": \"Example Wire\"}");
        write("corpus/README.md", "Scraped March 2023.\n");
        Path single = write("extra.txt", ARTICLE);

        assertEquals(5, ArticleReader.estimate(List.of(dir.resolve("corpus"))));
        assertEquals(6, ArticleReader.estimate(List.of(dir.resolve("corpus"), single)));
        assertEquals(1, ArticleReader.estimate(List.of(single, dir.resolve("absent"))));
        assertEquals(0, ArticleReader.estimate(List.of()));
    }
}
