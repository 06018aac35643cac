package dev.gantry.modeling.api;

/** Which backend produced a result. */
public record BackendInfo(String id, String version) {
    @Override
    public String toString() {
        return id + " " + version;
    }
}
