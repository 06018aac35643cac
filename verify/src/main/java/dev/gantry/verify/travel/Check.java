package dev.gantry.verify.travel;

/** The 13 checks of a plan: 8 commonsense (spec V2) and 5 hard (V3), with their paper names. */
public enum Check {
    WITHIN_SANDBOX("Within Sandbox", "within-sandbox", true),
    COMPLETE_INFORMATION("Complete Information", "complete-information", true),
    WITHIN_CURRENT_CITY("Within Current City", "within-current-city", true),
    REASONABLE_CITY_ROUTE("Reasonable City Route", "reasonable-city-route", true),
    DIVERSE_RESTAURANTS("Diverse Restaurants", "diverse-restaurants", true),
    DIVERSE_ATTRACTIONS("Diverse Attractions", "diverse-attractions", true),
    NON_CONFLICTING_TRANSPORTATION("Non-conf. Transportation", "non-conflicting-transportation", true),
    MINIMUM_NIGHTS("Minimum Nights Stay", "minimum-nights", true),
    BUDGET("Budget", "budget", false),
    ROOM_RULE("Room Rule", "room-rule", false),
    ROOM_TYPE("Room Type", "room-type", false),
    CUISINE("Cuisine", "cuisine", false),
    TRANSPORTATION("Transportation", "transportation", false);

    private final String title;
    private final String id;
    private final boolean commonsense;

    Check(String title, String id, boolean commonsense) {
        this.title = title;
        this.id = id;
        this.commonsense = commonsense;
    }

    /** The paper's name. */
    public String title() {
        return title;
    }

    /** The check id of violations and JSON. */
    public String id() {
        return id;
    }

    public boolean commonsense() {
        return commonsense;
    }
}
