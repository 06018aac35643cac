package dev.gantry.cli.travel;

import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.ReferenceData;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.TravelPlanReader;
import dev.gantry.instances.travel.ValidationRows;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelQuery;
import dev.gantry.verify.travel.CheckResult;
import dev.gantry.verify.travel.Mode;
import dev.gantry.verify.travel.TravelMetrics;
import dev.gantry.verify.travel.TravelReport;
import dev.gantry.verify.travel.TravelVerifier;
import dev.gantry.verify.travel.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Verifies a submission (JSON Lines of {@code {idx, query, plan}}) against a CSV of queries in the dataset's row form
 * and reports the V4 metrics in both modes. Strict mode matches plans to queries by {@code idx} and names the gaps;
 * compatible mode by line order, as the upstream script does (spec V4).
 */
final class TravelBatch {
    private TravelBatch() {
    }

    static VerifyOutcome verify(Path queries, ReferenceData data, Path submission, Mode mode) throws IOException {
        List<ValidationRows.Row> rows = ValidationRows.read(queries);
        List<TravelPlanReader.Submission> lines = TravelPlanReader.readSubmissions(submission);
        List<String> diagnostics = new ArrayList<>();
        List<TravelQuery> qs = new ArrayList<>();
        List<Sandbox> sandboxes = new ArrayList<>();
        for (ValidationRows.Row row : rows) {
            Sandbox sb = TravelInstance.withCityList(row.sandbox(), data.database(), diagnostics);
            TravelInstance.check(row.query(), queries + ":" + row.line(), sb, queries + ":" + row.line());
            qs.add(row.query());
            sandboxes.add(sb);
        }
        Map<Integer, TravelPlanReader.Submission> byIdx = new HashMap<>();
        for (TravelPlanReader.Submission s : lines) {
            if (s.idx() != null && byIdx.putIfAbsent(s.idx(), s) != null) {
                throw new InputFormatException(submission.toString(), s.line(), "idx", "idx " + s.idx() + " appears twice (first at line "
                        + byIdx.get(s.idx()).line() + ")");
            }
        }
        List<Finding> violations = new ArrayList<>();
        Map<String, Object> metrics = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        boolean allValid = true;
        for (Mode m : Mode.values()) {
            List<TravelReport> reports = new ArrayList<>();
            for (int i = 0; i < qs.size(); i++) {
                TravelPlanReader.Submission s = m == Mode.STRICT ? byIdx.get(i + 1) : i < lines.size() ? lines.get(i) : null;
                if (s == null) {
                    reports.add(null);
                    if (m == mode) {
                        violations.add(new Finding("delivery", List.of("query " + (i + 1)), m == Mode.STRICT
                                ? "no plan with idx " + (i + 1) : "no line " + (i + 1) + " in the submission"));
                    }
                    continue;
                }
                TravelReport r = TravelVerifier.verify(qs.get(i), sandboxes.get(i), s.plan(), m);
                reports.add(r);
                if (m == mode) {
                    List<String> item = List.of("query " + (i + 1));
                    for (CheckResult c : r.checks()) {
                        if (c.verdict() == Verdict.FAIL) {
                            c.reasons().forEach(reason -> violations.add(new Finding(c.check().id(), item, reason)));
                        }
                    }
                }
            }
            TravelMetrics t = TravelMetrics.of(qs, reports);
            String name = m.name().toLowerCase(Locale.ROOT);
            metrics.put(name, rates(t));
            notes.add(name + ": delivery " + t.delivery() + ", commonsense micro " + t.commonsenseMicro() + " macro " + t.commonsenseMacro()
                    + ", hard micro " + t.hardMicro() + " macro " + t.hardMacro() + ", final pass " + t.finalPass());
            if (m == mode) {
                allValid = t.finalPass().passed() == qs.size();
            }
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("mode", mode.name().toLowerCase(Locale.ROOT));
        extras.put("queries", qs.size());
        extras.put("metrics", metrics);
        extras.put("diagnostics", diagnostics);
        return new VerifyOutcome(allValid, null, violations, extras, notes);
    }

    private static Map<String, Object> rates(TravelMetrics t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deliveryRate", rate(t.delivery()));
        m.put("commonsenseMicro", rate(t.commonsenseMicro()));
        m.put("commonsenseMacro", rate(t.commonsenseMacro()));
        m.put("hardMicro", rate(t.hardMicro()));
        m.put("hardMacro", rate(t.hardMacro()));
        m.put("finalPass", rate(t.finalPass()));
        return m;
    }

    private static Map<String, Object> rate(TravelMetrics.Rate r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", r.passed());
        m.put("total", r.total());
        m.put("value", r.value());
        return m;
    }
}
