package dev.gantry.cli.jobshop;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.modeling.jobshop.JobShop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Named sets of the staged job-shop instances ({@code jobshop/instances} of the shared data), for the bench and the evaluation. */
public final class JobShopSets {
    private JobShopSets() {
    }

    /**
     * Instance files matching the comma-separated set, in natural order: family prefixes ({@code ta}), exact names
     * ({@code ft10}), ranges ({@code ta01-ta10}) or sizes ({@code 15x15}, or {@code ta:15x15} within one family).
     */
    public static Map<String, Path> select(Path data, String set) throws IOException {
        Map<String, Path> all = new LinkedHashMap<>();
        try (Stream<Path> s = Files.walk(data.resolve("jobshop/instances"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted(JobShopSets::naturalOrder)
                    .forEach(p -> all.put(p.getFileName().toString().replace(".txt", "").replaceAll("js$", ""), p));
        }
        Map<String, Path> chosen = new LinkedHashMap<>();
        for (String token : set.split(",")) {
            String t = token.trim();
            if (t.isEmpty()) {
                continue;
            }
            List<String> hits = new ArrayList<>();
            if (t.matches("[a-z]+\\d+-[a-z]+\\d+")) {
                String[] ends = t.split("-");
                String prefix = ends[0].replaceAll("\\d", "");
                int lo = Integer.parseInt(ends[0].replaceAll("\\D", ""));
                int hi = Integer.parseInt(ends[1].replaceAll("\\D", ""));
                all.keySet().stream().filter(k -> k.replaceAll("\\d", "").equals(prefix)
                        && Integer.parseInt(k.replaceAll("\\D", "")) >= lo && Integer.parseInt(k.replaceAll("\\D", "")) <= hi)
                        .forEach(hits::add);
            } else if (t.matches("([a-z]+:)?\\d+x\\d+")) {
                String family = t.contains(":") ? t.substring(0, t.indexOf(':')) : null;
                String size = t.substring(t.indexOf(':') + 1);
                for (Map.Entry<String, Path> e : all.entrySet()) {
                    if (family == null || e.getKey().replaceAll("\\d", "").equals(family)) {
                        if (sizeOf(JobShopReader.read(e.getValue())).equals(size)) {
                            hits.add(e.getKey());
                        }
                    }
                }
            } else if (all.containsKey(t)) {
                hits.add(t);
            } else {
                all.keySet().stream().filter(k -> k.replaceAll("\\d", "").equals(t)).forEach(hits::add);
            }
            if (hits.isEmpty()) {
                throw new UsageException("no instance matches '" + t + "' in " + data.resolve("jobshop/instances"));
            }
            hits.forEach(h -> chosen.put(h, all.get(h)));
        }
        return chosen;
    }

    /** {@code jobs x machines}, as Taillard's size groups are named, e.g. {@code 15x15}. */
    public static String sizeOf(JobShop shop) {
        return shop.jobCount() + "x" + shop.machineCount();
    }

    private static int naturalOrder(Path a, Path b) {
        String x = a.getFileName().toString();
        String y = b.getFileName().toString();
        String px = x.replaceAll("\\d.*", "");
        String py = y.replaceAll("\\d.*", "");
        if (!px.equals(py)) {
            return px.compareTo(py);
        }
        return Integer.compare(Integer.parseInt(x.replaceAll("\\D", "")), Integer.parseInt(y.replaceAll("\\D", "")));
    }
}
