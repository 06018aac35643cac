package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random job shops shaped like Taillard's: durations uniform in [1, 99], each job's machine order a random permutation. */
public final class RandomShops {
    private RandomShops() {
    }

    public static JobShop generate(String name, int jobs, int machines, SplittableRandom random) {
        List<List<Operation>> all = new ArrayList<>(jobs);
        for (int j = 0; j < jobs; j++) {
            int[] order = new int[machines];
            for (int k = 0; k < machines; k++) {
                order[k] = k;
            }
            for (int k = machines - 1; k > 0; k--) {
                int r = random.nextInt(k + 1);
                int tmp = order[k];
                order[k] = order[r];
                order[r] = tmp;
            }
            List<Operation> ops = new ArrayList<>(machines);
            for (int k = 0; k < machines; k++) {
                ops.add(new Operation(order[k], 1 + random.nextInt(99)));
            }
            all.add(List.copyOf(ops));
        }
        return new JobShop(name, machines, List.copyOf(all));
    }

    /** {@code count} shops of each of the given sizes ({@code {jobs, machines}} pairs), all drawn from one seed. */
    public static List<JobShop> generate(long seed, int count, int[]... sizes) {
        SplittableRandom random = new SplittableRandom(seed);
        List<JobShop> shops = new ArrayList<>();
        for (int[] size : sizes) {
            for (int i = 0; i < count; i++) {
                shops.add(generate("rand_n" + size[0] + "_m" + size[1] + "_" + seed + "_" + i, size[0], size[1], random));
            }
        }
        return List.copyOf(shops);
    }
}
