package dev.gantry.cli;

import dev.gantry.cli.family.QueryOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Query variants on the command line ({@code --set}, {@code --ground-only}), shared by the commands that plan a query. */
final class QueryOptionsMixin {
    @Option(names = "--set", paramLabel = "FIELD=VALUE", description = {
            "travel: override a query field, e.g. budget=1200, people_number=3, 'room type=shared room',",
            "'house rule=pets', transportation='no flight', cuisine=Mexican,Indian (null clears); repeatable"})
    List<String> overrides = new ArrayList<>();

    @Option(names = "--ground-only", description = "travel: with --database and no --flights, plan drives and taxis only")
    boolean groundOnly;

    QueryOptions options(Optional<String> objective) {
        return new QueryOptions(objective, overrides, groundOnly);
    }
}
