package dev.gantry.cli.travel;

import dev.gantry.cli.family.ExplainRequest;
import dev.gantry.cli.family.ExplainTarget;
import dev.gantry.cli.family.Explainable;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.ReferenceData;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.family.VerifyRequest;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.TravelPlanReader;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.verify.travel.CheckResult;
import dev.gantry.verify.travel.CostKind;
import dev.gantry.verify.travel.Mode;
import dev.gantry.verify.travel.TravelReport;
import dev.gantry.verify.travel.TravelVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Travel planning on the command line. An instance is a query with its sandbox: an example folder (query.json beside
 * reference.json), or a query.json with {@code --reference REF.json} or {@code --database DIR [--flights CSV]}; a CSV
 * of queries in the dataset's row form verifies a whole submission ({@link TravelBatch}).
 */
public final class TravelFamily implements Family, Explainable {
    @Override
    public String id() {
        return "travel";
    }

    @Override
    public List<String> engines() {
        return List.of("cpsat", "choco");
    }

    /** A travel query by its name: {@code query.json} or {@code *.query.json}. */
    public static boolean isQueryFile(String file) {
        String name = Path.of(file).getFileName() == null ? file : Path.of(file).getFileName().toString();
        return name.equals("query.json") || name.endsWith(".query.json");
    }

    @Override
    public boolean recognises(String instance) {
        return isQueryFile(instance) || Files.isDirectory(Path.of(instance)) && Files.isRegularFile(Path.of(instance).resolve("query.json"));
    }

    @Override
    public boolean takesReferenceData() {
        return true;
    }

    /** The query and its sandbox, from the instance argument and the reference-data options. */
    public static TravelInstance load(String instance, ReferenceData data) throws IOException {
        return TravelInstance.load(Path.of(instance), new TravelInstance.SandboxSource(data.reference(), data.database(), data.flights()));
    }

    static Mode mode(Optional<String> mode) {
        String m = mode.orElse("strict");
        return switch (m) {
            case "strict" -> Mode.STRICT;
            case "compat" -> Mode.COMPAT;
            default -> throw new UsageException("--mode is strict or compat, not '" + m + "'");
        };
    }

    @Override
    public boolean takesQueryOptions() {
        return true;
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        if (request.instance().endsWith(".csv")) {
            throw new UsageException("solve plans one query: give an example folder or a query.json, not a CSV of queries");
        }
        return TravelSolve.solve(request);
    }

    @Override
    public ExplainTarget explainTarget(ExplainRequest request) throws IOException {
        if (request.instance().endsWith(".csv")) {
            throw new UsageException("explain reads one query: give an example folder or a query.json, not a CSV of queries");
        }
        return TravelExplain.target(request);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        return verify(new VerifyRequest(instance, ReferenceData.none(), plan, Optional.empty()));
    }

    @Override
    public VerifyOutcome verify(VerifyRequest request) throws IOException {
        Mode mode = mode(request.mode());
        if (request.instance().endsWith(".csv")) {
            return TravelBatch.verify(Path.of(request.instance()), request.data(), request.plan(), mode);
        }
        TravelInstance in = load(request.instance(), request.data());
        TravelPlan plan = TravelPlanReader.read(request.plan());
        TravelReport report;
        try {
            report = TravelVerifier.verify(in.query(), in.sandbox(), plan, mode);
        } catch (InputFormatException e) {
            // the verifier names the plan generically; here its file is known
            throw new InputFormatException(request.plan().toString(), e.line(), e.field(), e.problem());
        }
        return outcome(report, in.diagnostics());
    }

    /** The report as the CLI prints it: JSON extras (mode, checks, cost by day, warnings) and text notes. */
    static VerifyOutcome outcome(TravelReport report, List<String> diagnostics) {
        List<Finding> violations = report.toVerificationReport().violations().stream()
                .map(v -> new Finding(v.check(), v.items(), v.reason())).toList();
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("mode", report.mode().name().toLowerCase(Locale.ROOT));
        extras.put("checks", checks(report));
        extras.put("costByDay", costByDay(report));
        extras.put("warnings", report.warnings());
        extras.put("diagnostics", diagnostics);
        List<String> notes = new ArrayList<>();
        notes.add("checks (" + report.mode().name().toLowerCase(Locale.ROOT) + "):");
        for (CheckResult c : report.checks()) {
            notes.add(String.format(Locale.ROOT, "  %-4s %s", c.verdict(), c.check().title()));
        }
        notes.add("cost by day (transport + meals + accommodation):");
        for (Map<String, Object> day : costByDay(report)) {
            notes.add("  day " + day.get("day") + ": " + day.get("transport") + " + " + day.get("meals") + " + "
                    + day.get("accommodation") + " = " + day.get("total"));
        }
        report.warnings().forEach(w -> notes.add("warning: " + w));
        diagnostics.forEach(d -> notes.add("note: " + d));
        return new VerifyOutcome(report.valid(), report.cost(), violations, extras, notes);
    }

    private static List<Map<String, Object>> checks(TravelReport report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CheckResult c : report.checks()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("check", c.check().id());
            m.put("name", c.check().title());
            m.put("verdict", c.verdict().name());
            m.put("reasons", c.reasons());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> costByDay(TravelReport report) {
        int days = report.costs().stream().mapToInt(c -> c.day()).max().orElse(0);
        List<Map<String, Object>> out = new ArrayList<>();
        for (int d = 1; d <= days; d++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("day", d);
            long total = 0;
            for (CostKind kind : CostKind.values()) {
                long amount = report.cost(d, kind);
                total += amount;
                m.put(switch (kind) {
                    case TRANSPORT -> "transport";
                    case MEAL -> "meals";
                    case ACCOMMODATION -> "accommodation";
                }, amount);
            }
            m.put("total", total);
            out.add(m);
        }
        return out;
    }
}
