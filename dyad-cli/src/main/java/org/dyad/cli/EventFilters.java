package org.dyad.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.model.Modality;
import org.dyad.store.EventQuery;
import picocli.CommandLine.Option;

/** The filters that {@code dyad events} and {@code dyad timeline} share: country, place, type, modality, dates. */
final class EventFilters {

    @Option(names = "--country", paramLabel = "ISO3", description = "A country on either side.")
    String country;

    @Option(names = "--place", paramLabel = "PLACE",
            description = "Where the events took place, as the text locates them: a country code (SDN) or a place name (Khartoum).")
    String place;

    @Option(names = "--type", paramLabel = "TYPE", description = "PLOVER type (CONSULT) or CAMEO code prefix (04); "
            + "statements (CAMEO 01), which have no PLOVER type, only by code (01, 018).")
    String type;

    @Option(names = "--modality", paramLabel = "M", split = ",",
            description = "Modalities to include: asserted, negated, hypothetical, future, denied, or all (default: asserted).")
    List<String> modality;

    @Option(names = "--from", paramLabel = "DATE", description = "First date (ISO), inclusive.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last date (ISO), inclusive.")
    String to;

    /** The query for these filters and the command's own subject and paging; bad values are usage errors. */
    EventQuery query(String actor, String dyad, String story, int limit, int offset) {
        try {
            return new EventQuery(actor, dyad, country, type, modalities(modality), date(from, "--from"),
                    date(to, "--to"), limit, offset, story, place);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), Main.USAGE);
        }
    }

    /** The modalities named by {@code --modality} (default: asserted). */
    static Set<Modality> modalities(List<String> modality) {
        if (modality == null || modality.isEmpty()) {
            return Set.of(Modality.ASSERTED);
        }
        if (modality.stream().anyMatch(m -> m.equalsIgnoreCase("all"))) {
            return EnumSet.allOf(Modality.class);
        }
        try {
            return modality.stream().map(Modality::parse).collect(Collectors.toSet());
        } catch (IllegalArgumentException e) {
            throw new UserException("--modality takes asserted, negated, hypothetical, future, denied or all; got "
                    + modality, Main.USAGE);
        }
    }

    static LocalDate date(String value, String option) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserException(option + " must be an ISO date like 2022-02-15, got '" + value + "'", Main.USAGE);
        }
    }
}
