package org.dyad.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second. Off when standard
 * error is not a terminal (logs, CI) unless forced, so that logs hold only the summary.
 */
final class Progress {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;

    Progress(PrintStream out, long total, boolean enabled) {
        this.out = out;
        this.total = total;
        this.enabled = enabled;
    }

    void update(long done, long events, long failed) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && done < total) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        double rate = done / seconds;
        int filled = total > 0 ? (int) Math.min(WIDTH, WIDTH * done / total) : 0;
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        String eta = rate > 0 && total > done ? " eta " + format(Duration.ofSeconds((long) ((total - done) / rate))) : "";
        out.printf("\r[%s] %d/%d articles  %.1f/s  %d events  %d failed%s   ", bar, done, total, rate, events, failed, eta);
        out.flush();
    }

    void finish() {
        if (enabled) {
            out.print("\r" + " ".repeat(100) + "\r");
            out.flush();
        }
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
