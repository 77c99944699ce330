package org.dyad.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The CAMEO codebook facts Dyad needs (bundled {@code cameo.tsv}): Goldstein values, PLOVER type and mode. */
public final class CameoTable {

    private final Map<String, CameoCode> codes;

    private CameoTable(Map<String, CameoCode> codes) {
        this.codes = Map.copyOf(codes);
    }

    public static CameoTable standard() {
        try (InputStream in = CameoTable.class.getResourceAsStream("cameo.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource cameo.tsv");
            }
            Map<String, CameoCode> codes = new LinkedHashMap<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (String line : lines) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                codes.put(f[0], new CameoCode(f[0], Double.parseDouble(f[1]), emptyToNull(f[2]), emptyToNull(f[3]),
                        f[4].strip()));
            }
            return new CameoTable(codes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<CameoCode> get(String code) {
        return Optional.ofNullable(codes.get(code));
    }

    public boolean contains(String code) {
        return codes.containsKey(code);
    }

    public int size() {
        return codes.size();
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
