package org.dyad.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Folder manifests: metadata for many text files at once, keyed by file name ({@code file} column or
 * field; {@code name} and {@code filename} are accepted too).
 */
final class Manifests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("file", "filename", "name");

    private Manifests() {
    }

    static Map<String, Metadata> readCsv(Path csv) throws BadInputException {
        List<List<String>> rows = parseCsv(text(csv), csv);
        if (rows.isEmpty()) {
            return Map.of();
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        String key = KEYS.stream().filter(header::contains).findFirst().orElseThrow(() -> new BadInputException(
                csv.toString(), "manifest has no 'file' column (header: " + String.join(",", header) + ")"));
        Map<String, Metadata> out = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < row.size(); c++) {
                fields.put(header.get(c), row.get(c));
            }
            try {
                out.put(fields.getOrDefault(key, "").trim(), Metadata.fromMap(fields));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(csv.toString(), "row " + (r + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    static Map<String, Metadata> readJsonl(Path jsonl) throws BadInputException {
        Map<String, Metadata> out = new HashMap<>();
        String[] lines = text(jsonl).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                JsonNode o = JSON.readTree(lines[i]);
                String key = KEYS.stream().filter(o::hasNonNull).findFirst().map(k -> o.get(k).asText())
                        .orElseThrow(() -> new IllegalArgumentException("no \"file\" field"));
                out.put(key, Metadata.fromJson(o));
            } catch (JsonProcessingException e) {
                throw new BadInputException(jsonl + ":" + (i + 1), "malformed JSON: " + e.getOriginalMessage());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(jsonl + ":" + (i + 1), e.getMessage());
            }
        }
        return out;
    }

    private static String text(Path file) throws BadInputException {
        try {
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new BadInputException(file.toString(), "cannot read: " + e.getMessage());
        } catch (BadInputException e) {
            throw new BadInputException(file.toString(), e.getMessage());
        }
    }

    /** RFC 4180: quoted fields, doubled quotes, newlines inside quotes. */
    static List<List<String>> parseCsv(String text, Path file) throws BadInputException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                if (!(row.size() == 1 && row.get(0).isBlank())) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadInputException(file.toString(), "unterminated quoted field");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
