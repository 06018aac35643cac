package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** The room type a query asks for; {@link #admits} says which stay records satisfy it (spec V3). */
public enum RoomType {
    SHARED_ROOM("shared room"), NOT_SHARED_ROOM("not shared room"), PRIVATE_ROOM("private room"), ENTIRE_ROOM("entire room");

    private final String label;

    RoomType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The label with its article: "an entire room", "a shared room". */
    public String withArticle() {
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }

    public boolean admits(RoomKind kind) {
        return switch (this) {
            case SHARED_ROOM -> kind == RoomKind.SHARED_ROOM;
            case NOT_SHARED_ROOM -> kind != RoomKind.SHARED_ROOM;
            case PRIVATE_ROOM -> kind == RoomKind.PRIVATE_ROOM;
            case ENTIRE_ROOM -> kind == RoomKind.ENTIRE_HOME;
        };
    }

    public static Optional<RoomType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst();
    }
}
