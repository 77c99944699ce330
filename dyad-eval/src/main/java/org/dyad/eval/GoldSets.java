package org.dyad.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Readers for the shared gold sets (see {@code ../shared/data/README.md}). They are read where they
 * lie and never copied into the project.
 */
public final class GoldSets {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSets() {
    }

    /** A gold actor: a CAMEO-style country or IGO code and an optional sector. */
    public record GoldActor(String code, String sector) {
    }

    /** A PLOVER gold-standard sentence with its one event. */
    public record PloverCase(String id, String text, String type, List<GoldActor> actors, List<GoldActor> recipients) {
    }

    /** A CAMEO codebook example sentence and its code. */
    public record CameoCase(String id, String text, String cameo) {
    }

    /** A gold temporal expression: character span in the document text, type and value. */
    public record GoldTimex(int start, int end, String type, String value) {
    }

    /** A TimeML document: plain text, creation time and gold expressions. */
    public record TimeMlDocument(String id, String text, LocalDate creation, List<GoldTimex> timexes) {
    }

    public static List<PloverCase> plover(Path file) throws IOException {
        List<PloverCase> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = JSON.readTree(line);
            out.add(new PloverCase(o.get("id").asText(), o.get("text").asText(), o.get("event").asText(),
                    actors(o.get("actor")), actors(o.get("recipient"))));
        }
        return out;
    }

    private static List<GoldActor> actors(JsonNode array) {
        List<GoldActor> out = new ArrayList<>();
        if (array != null) {
            for (JsonNode a : array) {
                String sector = a.hasNonNull("sector") ? a.get("sector").asText() : null;
                out.add(new GoldActor(a.path("code").asText(""), sector));
            }
        }
        return out;
    }

    public static List<CameoCase> cameo(Path file) throws IOException {
        List<CameoCase> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode o = JSON.readTree(line);
                out.add(new CameoCase(o.get("id").asText(), o.get("text").asText(), o.get("cameo").asText()));
            }
        }
        return out;
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    /** All {@code .tml} files below a folder, in path order. */
    public static List<TimeMlDocument> timeMl(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        List<TimeMlDocument> out = new ArrayList<>();
        for (Path f : files) {
            out.add(timeMlDocument(f));
        }
        return out;
    }

    /** Parses the TEXT element of a TimeML file into plain text with TIMEX3 spans, and the DCT. */
    static TimeMlDocument timeMlDocument(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        LocalDate creation = null;
        Matcher dctTag = Pattern.compile("<TIMEX3([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>").matcher(xml);
        if (dctTag.find()) {
            String value = attribute(dctTag.group(1), "value");
            if (value != null && value.length() >= 10) {
                creation = LocalDate.parse(value.substring(0, 10));
            }
        }
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        String body = from >= 0 && to > from ? xml.substring(from + 6, to) : "";
        StringBuilder text = new StringBuilder();
        List<GoldTimex> timexes = new ArrayList<>();
        int openStart = -1;
        String openType = null;
        String openValue = null;
        Matcher m = TAG.matcher(body);
        int last = 0;
        while (m.find()) {
            text.append(unescape(body.substring(last, m.start())));
            last = m.end();
            if (!m.group(2).equals("TIMEX3")) {
                continue;
            }
            if (m.group(1).isEmpty()) {
                openStart = text.length();
                openType = attribute(m.group(3), "type");
                openValue = attribute(m.group(3), "value");
            } else if (openStart >= 0) {
                timexes.add(new GoldTimex(openStart, text.length(), openType, openValue));
                openStart = -1;
            }
        }
        text.append(unescape(body.substring(last)));
        String id = file.getFileName().toString().replaceFirst("\\.tml$", "");
        return new TimeMlDocument(id, text.toString(), creation, timexes);
    }

    private static String attribute(String attributes, String name) {
        Matcher a = ATTRIBUTE.matcher(attributes);
        while (a.find()) {
            if (a.group(1).toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                return a.group(2);
            }
        }
        return null;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
