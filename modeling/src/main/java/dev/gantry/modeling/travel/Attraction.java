package dev.gantry.modeling.travel;

/** An attraction of the sandbox (no cost). */
public record Attraction(String name, double latitude, double longitude, String address, String phone, String website,
                         String city) {
}
