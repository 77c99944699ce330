package org.dyad.resolve;

/**
 * A span of a sentence that the matcher recognised, before spans are grouped into phrases: a
 * dictionary form, a name the dictionaries do not know, a pronoun, or a description of an actor
 * named before ("the alliance", "the country").
 *
 * @param kind   what the span is
 * @param begin  first token
 * @param end    token after the last
 * @param entry  the dictionary entry for dictionary kinds and known persons; {@code null} otherwise
 * @param text   the name as written for {@link Kind#NAME}, the lower-cased word for pronouns and
 *               descriptions, the canonical name otherwise
 * @param gender "m" or "f" when the dictionary or an honorific ("Mr", "Ms") says so, else ""
 * @param plural a plural agent noun ("officials"), "they", or "the two countries"
 */
record Part(Kind kind, int begin, int end, Entry entry, String text, String gender, boolean plural) {

    enum Kind {
        COUNTRY, ADJECTIVE, CAPITAL, PLACE, ORGANIZATION, AGENT, PERSON,
        /** A person's name the dictionaries lack: "Ivan Petrov" in "Deputy Foreign Minister Ivan Petrov". */
        NAME,
        /** "he", "its", "they". */
        PRONOUN,
        /** "the alliance", "the country", "the two countries". */
        DESCRIPTION
    }

    static Part of(Entry e, int begin, int end, boolean plural) {
        String gender = e.person() == null ? "" : e.person().gender();
        return new Part(Kind.valueOf(e.kind().name()), begin, end, e, e.entity(), gender, plural);
    }

    /** The same part over another span: a later surname standing for a full name. */
    Part at(int newBegin, int newEnd) {
        return new Part(kind, newBegin, newEnd, entry, text, gender, plural);
    }

    boolean isPlace() {
        return kind == Kind.COUNTRY || kind == Kind.ADJECTIVE || kind == Kind.CAPITAL || kind == Kind.PLACE;
    }

    /** A capital or a place of places.txt: named alone after "in" or "at", a location rather than an actor. */
    boolean isLocation() {
        return kind == Kind.CAPITAL || kind == Kind.PLACE;
    }

    boolean isNamed() {
        return kind == Kind.PERSON || kind == Kind.NAME;
    }

    /** A place or organisation: what can own an agent noun ("Russian troops", "NATO officials"). */
    boolean isOwner() {
        return isPlace() || kind == Kind.ORGANIZATION;
    }
}
