package dev.gantry.modeling.quantum;

/** Whether a node is an end node (source or destination of demands) or a repeater. */
public enum NodeRole {
    END,
    REPEATER
}
