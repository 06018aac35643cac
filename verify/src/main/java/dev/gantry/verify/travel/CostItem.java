package dev.gantry.verify.travel;

/** One priced item of a plan: its day, kind, the text it prices and the dollars for the whole group. */
public record CostItem(int day, CostKind kind, String item, long amount) {
}
