package org.dyad.model;

/**
 * A resolved actor: the words of the text and the code they resolve to.
 *
 * @param text    as written ("Russia's foreign minister")
 * @param code    CAMEO-style code: country plus sector ({@code RUSGOV}) or an organisation ({@code IGONAT})
 * @param country ISO 3166-1 alpha-3 code, or {@code null} for international bodies
 * @param sector  PLOVER sector ({@code GOV}, {@code MIL}, ...) or {@code null} when not known
 * @param entity  canonical name of the entity ("Sergey Lavrov", "Russia")
 */
public record Actor(String text, String code, String country, String sector, String entity) {

    /** Builds the code from country and sector, the usual case. */
    public static Actor of(String text, String country, String sector, String entity) {
        String code = country + (sector == null ? "" : sector);
        return new Actor(text, code, country, sector, entity);
    }
}
