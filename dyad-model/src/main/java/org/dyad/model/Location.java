package org.dyad.model;

/**
 * Where an event took place, when the text says so.
 *
 * @param text      the words as written ("the eastern city of Kharkiv" gives "Kharkiv")
 * @param name      the place's usual English name ("Kharkiv"; a capital's metonym gives the capital)
 * @param country   ISO 3166-1 alpha-3 code of the country it lies in
 * @param lat       latitude in decimal degrees, or {@code null} where the dictionaries do not give it
 * @param lon       longitude in decimal degrees, or {@code null} with {@code lat}
 * @param precision {@value #CITY}, {@value #REGION} or {@value #COUNTRY}
 */
public record Location(String text, String name, String country, Double lat, Double lon, String precision) {

    public static final String CITY = "city";
    public static final String REGION = "region";
    public static final String COUNTRY = "country";

    public Location {
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("give both latitude and longitude, or neither");
        }
    }

    /** The same place as named by other words. */
    public Location withText(String newText) {
        return new Location(newText, name, country, lat, lon, precision);
    }
}
