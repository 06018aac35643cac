package dev.gantry.modeling.travel;

import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.LinExpr;
import java.util.List;

/**
 * The decision variables of a compiled travel model (spec M2) that decoding and objectives read. Index conventions:
 * stops {@code 0..k+1} ({@code city}, with 0 and k+1 fixed to {@code org} = 0), legs {@code 0..k} ({@code t}, {@code mode},
 * {@code flight}), days {@code 1..n} at list position {@code d - 1}, meal slots in {@link Meal} order.
 *
 * @param meals       per day, per slot: a restaurant id (1-based into the offered restaurants) or a negative "none"
 * @param attractions per day: an attraction id (1-based) or a negative "none"
 * @param flights     the flights of the leg tables; {@code flight[j]} is 1-based into it, 0 on a ground leg
 * @param mealsAtStop per stop, how many meals are eaten there
 * @param cost        the total cost (spec V1) as a linear expression
 */
record TravelVariables(List<IntVar> city, List<IntVar> t, List<IntVar> mode, List<IntVar> flight, List<IntVar> stay,
                       List<IntVar> nights, List<List<IntVar>> meals, List<IntVar> attractions, List<IntVar> mealsAtStop,
                       List<Flight> flights, LinExpr cost) {
}
