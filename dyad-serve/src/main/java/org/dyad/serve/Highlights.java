package org.dyad.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Actor;
import org.dyad.model.Event;

/**
 * Where a sentence names an event's trigger and actors, as character offsets into the sentence text
 * (UTF-16 code units, as JavaScript counts them), so a page can mark them.
 *
 * <p>Each word or phrase is marked at its first whole-word occurrence that does not overlap one marked
 * before it: the trigger first, then the source actors, then the targets, then the speaker. An exact match is preferred
 * to one that differs only in case. What the sentence does not contain is not marked.
 */
final class Highlights {

    /** One marked span: {@code kind} is {@code trigger}, {@code actor}, {@code recipient} or {@code speaker}. */
    record Span(int start, int end, String kind) {
    }

    private Highlights() {
    }

    static List<Span> of(String sentence, String trigger, Event event) {
        return of(sentence, trigger, event, null);
    }

    /** The same, marking also who the sentence attributes the report to, when it says so. */
    static List<Span> of(String sentence, String trigger, Event event, Actor speaker) {
        List<Span> out = new ArrayList<>();
        if (sentence == null || sentence.isEmpty()) {
            return out;
        }
        mark(sentence, trigger, "trigger", out);
        for (Actor a : event.actors()) {
            mark(sentence, a.text(), "actor", out);
        }
        for (Actor a : event.recipients()) {
            mark(sentence, a.text(), "recipient", out);
        }
        if (speaker != null) {
            mark(sentence, speaker.text(), "speaker", out);
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    private static void mark(String sentence, String phrase, String kind, List<Span> taken) {
        if (phrase == null || phrase.isBlank()) {
            return;
        }
        String p = phrase.strip();
        int at = find(sentence, p, false, taken);
        if (at < 0) {
            at = find(sentence, p, true, taken);
        }
        if (at >= 0) {
            taken.add(new Span(at, at + p.length(), kind));
        }
    }

    /** First whole-word occurrence of {@code phrase} that overlaps nothing in {@code taken}, or -1. */
    static int find(String sentence, String phrase, boolean ignoreCase, List<Span> taken) {
        String hay = ignoreCase ? sentence.toLowerCase(Locale.ROOT) : sentence;
        String needle = ignoreCase ? phrase.toLowerCase(Locale.ROOT) : phrase;
        if (hay.length() != sentence.length() || needle.length() != phrase.length()) {
            // lower-casing changed lengths (rare scripts): offsets would not map back, so match exactly only
            if (ignoreCase) {
                return -1;
            }
        }
        for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
            int end = i + needle.length();
            if (boundary(sentence, i - 1, i) && boundary(sentence, end, end - 1) && free(i, end, taken)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the span edge next to {@code inside} is a word boundary: {@code outside} is off the string,
     * or one of the two characters is not a letter or digit.
     */
    private static boolean boundary(String s, int outside, int inside) {
        if (outside < 0 || outside >= s.length()) {
            return true;
        }
        return !Character.isLetterOrDigit(s.charAt(outside)) || !Character.isLetterOrDigit(s.charAt(inside));
    }

    private static boolean free(int start, int end, List<Span> taken) {
        for (Span t : taken) {
            if (start < t.end() && t.start() < end) {
                return false;
            }
        }
        return true;
    }
}
