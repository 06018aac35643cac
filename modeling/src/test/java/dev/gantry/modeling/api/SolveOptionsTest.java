package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SolveOptionsTest {

    @Test
    void zeroNegativeOrMissingTimeLimitThrows() {
        assertThatThrownBy(() -> SolveOptions.builder().timeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time limit must be positive, got PT0S. Maybe leave it unset for no limit.");
        assertThatThrownBy(() -> SolveOptions.builder().timeLimit(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time limit must be positive, got PT-1S. Maybe leave it unset for no limit.");
        assertThatThrownBy(() -> SolveOptions.builder().timeLimit(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time limit must be positive, got null. Maybe leave it unset for no limit.");
    }

    @Test
    void zeroNegativeOrNaNWorkLimitThrows() {
        assertThatThrownBy(() -> SolveOptions.builder().workLimit(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("work limit must be positive, got 0.0");
        assertThatThrownBy(() -> SolveOptions.builder().workLimit(-1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("work limit must be positive, got -1.5");
        assertThatThrownBy(() -> SolveOptions.builder().workLimit(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("work limit must be positive, got NaN");
    }

    @Test
    void fewerThanOneWorkerThrows() {
        assertThatThrownBy(() -> SolveOptions.builder().workers(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workers must be at least 1, got 0");
        assertThatThrownBy(() -> SolveOptions.builder().workers(-3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("workers must be at least 1, got -3");
    }

    @Test
    void smallestValidLimitsAreAccepted() {
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofNanos(1)).workLimit(Double.MIN_VALUE).workers(1).build();

        assertThat(o.timeLimit()).contains(Duration.ofNanos(1));
        assertThat(o.workLimit().getAsDouble()).isEqualTo(Double.MIN_VALUE);
        assertThat(o.workers().getAsInt()).isEqualTo(1);
    }

    @Test
    void defaultsSetNothing() {
        SolveOptions o = SolveOptions.defaults();

        assertThat(o.timeLimit()).isEmpty();
        assertThat(o.workLimit()).isEmpty();
        assertThat(o.workers()).isEmpty();
        assertThat(o.seed()).isZero();
        assertThat(o.hint()).isEmpty();
        assertThat(o.fixToHints()).isFalse();
        assertThat(o.onSolution()).isEmpty();
        assertThat(o.cancellation()).isEmpty();
        assertThat(o.enumerateAll()).isFalse();
        assertThat(o.stopAtObjective()).isEmpty();
        assertThat(o.logSearch()).isFalse();
    }

    @Test
    void toBuilderRoundTripKeepsEveryOption() {
        SolutionListener listener = (s, p) -> Decision.STOP;
        CancellationToken token = new CancellationToken();
        Hint hint = Hint.of(Map.of("x", 3L));
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofSeconds(7)).workLimit(2.5).workers(4).seed(42)
                .hint(hint).fixToHints(true).onSolution(listener).cancellation(token).enumerateAll(true)
                .stopAtObjective(-9).logSearch(true).build();

        SolveOptions copy = o.toBuilder().build();

        assertThat(copy).isNotSameAs(o);
        assertThat(copy.timeLimit()).contains(Duration.ofSeconds(7));
        assertThat(copy.workLimit().getAsDouble()).isEqualTo(2.5);
        assertThat(copy.workers().getAsInt()).isEqualTo(4);
        assertThat(copy.seed()).isEqualTo(42);
        assertThat(copy.hint()).containsSame(hint);
        assertThat(copy.fixToHints()).isTrue();
        assertThat(copy.onSolution()).containsSame(listener);
        assertThat(copy.cancellation()).containsSame(token);
        assertThat(copy.enumerateAll()).isTrue();
        assertThat(copy.stopAtObjective().getAsLong()).isEqualTo(-9);
        assertThat(copy.logSearch()).isTrue();
    }

    @Test
    void changingACopyLeavesTheOriginalAlone() {
        SolveOptions o = SolveOptions.builder().timeLimit(Duration.ofSeconds(7)).workers(4).build();

        SolveOptions changed = o.toBuilder().noTimeLimit().workers(2).build();

        assertThat(changed.timeLimit()).isEmpty();
        assertThat(changed.workers().getAsInt()).isEqualTo(2);
        assertThat(o.timeLimit()).contains(Duration.ofSeconds(7));
        assertThat(o.workers().getAsInt()).isEqualTo(4);
    }

    @Test
    void reproducibleSetsOneWorkerASeedAndAWorkLimitButNoClock() {
        SolveOptions o = SolveOptions.reproducible(7, 3.0);

        assertThat(o.workers().getAsInt()).isEqualTo(1);
        assertThat(o.seed()).isEqualTo(7);
        assertThat(o.workLimit().getAsDouble()).isEqualTo(3.0);
        assertThat(o.timeLimit()).isEmpty();
    }
}
