package dev.gantry.modeling.travel;

import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.List;

/** Turns a solution into a T4 plan (spec M6): legs on days {@code t[j]}, stays on days {@code t[i-1]..t[i]-1}. */
final class TravelDecoder {
    private static final String NOTHING = "-";

    private TravelDecoder() {
    }

    static TravelPlan decode(TravelQuery q, Sandbox sb, OfferedRecords offer, TravelVariables v, Solution s) {
        int k = q.visitingCityNumber();
        int n = q.days();
        long[] t = new long[k + 1];
        for (int j = 0; j <= k; j++) {
            t[j] = s.value(v.t().get(j));
        }
        List<PlanDay> days = new ArrayList<>();
        for (int d = 1; d <= n; d++) {
            int leg = -1;
            int stop = 0; // the stop where day d ends
            for (int j = 0; j <= k; j++) {
                if (t[j] == d) {
                    leg = j;
                }
                if (t[j] <= d) {
                    stop = j + 1;
                }
            }
            String current;
            String transport;
            if (leg >= 0) {
                current = "from " + city(q, offer, v, s, leg) + " to " + city(q, offer, v, s, leg + 1);
                transport = transport(q, sb, offer, v, s, leg);
            } else {
                current = city(q, offer, v, s, stop);
                transport = NOTHING;
            }
            List<IntVar> meals = v.meals().get(d - 1);
            String accommodation = d < n ? stay(offer, s.value(v.stay().get(stop - 1))) : NOTHING;
            days.add(PlanDay.of(d, current, transport, meal(offer, s.value(meals.get(0))), attraction(offer, s.value(v.attractions().get(d - 1))),
                    meal(offer, s.value(meals.get(1))), meal(offer, s.value(meals.get(2))), accommodation));
        }
        return new TravelPlan(days);
    }

    private static String city(TravelQuery q, OfferedRecords offer, TravelVariables v, Solution s, int stop) {
        int c = (int) s.value(v.city().get(stop));
        return c == 0 ? q.org() : offer.cities().get(c - 1);
    }

    private static String transport(TravelQuery q, Sandbox sb, OfferedRecords offer, TravelVariables v, Solution s, int leg) {
        TransportMode mode = TransportMode.values()[(int) s.value(v.mode().get(leg))];
        if (mode == TransportMode.FLIGHT) {
            return TransportText.of(v.flights().get((int) s.value(v.flight().get(leg)) - 1));
        }
        String from = city(q, offer, v, s, leg);
        String to = city(q, offer, v, s, leg + 1);
        return TransportText.of(sb.route(from, to, mode).orElseThrow(
                () -> new IllegalStateException("the solution drives " + from + " to " + to + " without a route")));
    }

    private static String meal(OfferedRecords offer, long id) {
        if (id <= 0) {
            return NOTHING;
        }
        Restaurant r = offer.restaurants().get((int) id - 1);
        return PlaceRef.text(r.name().strip(), r.city());
    }

    private static String attraction(OfferedRecords offer, long id) {
        if (id <= 0) {
            return NOTHING;
        }
        Attraction a = offer.attractions().get((int) id - 1);
        return PlaceRef.text(a.name().strip(), a.city()) + ";";
    }

    private static String stay(OfferedRecords offer, long id) {
        Accommodation a = offer.stays().get((int) id - 1);
        return PlaceRef.text(a.name().strip(), a.city());
    }
}
