package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** The room type of a stay record, as the database writes it. */
public enum RoomKind {
    ENTIRE_HOME("Entire home/apt"), PRIVATE_ROOM("Private room"), SHARED_ROOM("Shared room");

    private final String label;

    RoomKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RoomKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
