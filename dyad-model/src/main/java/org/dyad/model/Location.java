package org.dyad.model;

/** Where an event took place, when the text says so. Coordinates may be {@code null}. */
public record Location(String text, String name, String country, Double lat, Double lon, String precision) {
}
