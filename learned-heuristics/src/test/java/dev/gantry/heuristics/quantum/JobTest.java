package dev.gantry.heuristics.quantum;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.quantum.Demand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobTest {
    @Test
    void equalDeadlinesBreakTiesByLegacyNameAsAString() {
        Demand eight = new Demand("d00", "S=1, D=2, F=0.8, R=0.2, ID=8", "1", "2", 0.8, 0.2, 64, 64);
        Demand fortySeven = new Demand("d01", "S=1, D=2, F=0.8, R=0.2, ID=47", "1", "2", 0.8, 0.2, 64, 64);
        Demand earlier = new Demand("d02", "S=9, D=2, F=0.8, R=0.4, ID=99", "1", "2", 0.8, 0.4, 32, 32);
        List<Job> jobs = new ArrayList<>(List.of(new Job(eight, 0, 0), new Job(fortySeven, 0, 1), new Job(earlier, 0, 2)));
        jobs.sort(Job.PRIORITY);
        // deadline 32 first; then "…ID=47|0" < "…ID=8|0" because '4' < '8'
        assertThat(jobs).extracting(j -> j.demand().id()).containsExactly("d02", "d01", "d00");
    }
}
