package org.dyad.model;

import java.util.Locale;

/** Whether the text reports an event as fact. Only {@link #ASSERTED} events count by default. */
public enum Modality {
    /** Reported as having happened. */
    ASSERTED,
    /** Reported as not having happened: "has not spoken since". */
    NEGATED,
    /** Conditional or counterfactual: "if Russia invades", "would be met with". */
    HYPOTHETICAL,
    /** Announced, planned or intended: "will travel", "plans to visit". */
    FUTURE,
    /** Denied by the actor: "denies it plans to invade". */
    DENIED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality parse(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
