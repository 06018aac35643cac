package dev.gantry.modeling.knapsack;

import java.util.Arrays;

/** A knapsack solution: which items are packed, as a 0/1 flag per item. */
public record Selection(boolean[] chosen) {
    public Selection {
        chosen = chosen.clone();
    }

    @Override
    public boolean[] chosen() {
        return chosen.clone();
    }

    public boolean isChosen(int item) {
        return chosen[item];
    }

    public int size() {
        return chosen.length;
    }

    public double profit(Knapsack k) {
        double sum = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                sum += k.profit(i);
            }
        }
        return sum;
    }

    public double weight(Knapsack k) {
        double sum = 0;
        for (int i = 0; i < chosen.length; i++) {
            if (chosen[i]) {
                sum += k.weight(i);
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Selection s && Arrays.equals(chosen, s.chosen);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chosen);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Selection[");
        for (boolean c : chosen) {
            b.append(c ? '1' : '0');
        }
        return b.append(']').toString();
    }
}
