package org.dyad.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled {@code derived.txt}: for an act's CAMEO code, the code of announcing it (intent), of
 * demanding it, of threatening it, and of refusing it. Looked up by the longest matching code prefix.
 */
final class DerivedCodes {

    enum Kind { INTENT, DEMAND, THREAT, REFUSAL }

    private final Map<String, String[]> rows;

    private DerivedCodes(Map<String, String[]> rows) {
        this.rows = rows;
    }

    static DerivedCodes standard(CameoTable cameo) {
        try (InputStream in = DerivedCodes.class.getResourceAsStream("derived.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource derived.txt");
            }
            Map<String, String[]> rows = new HashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\s+");
                for (int k = 1; k < f.length; k++) {
                    if (!f[k].equals("-") && !cameo.contains(f[k])) {
                        throw new IllegalStateException("derived.txt:" + (i + 1) + ": unknown CAMEO code " + f[k]);
                    }
                }
                rows.put(f[0], new String[] {f[1], f[2], f[3], f[4]});
            }
            return new DerivedCodes(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<String> derive(String code, Kind kind) {
        for (int len = code.length(); len >= 2; len--) {
            String[] row = rows.get(code.substring(0, len));
            if (row != null) {
                String d = row[kind.ordinal()];
                return d.equals("-") ? Optional.empty() : Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
