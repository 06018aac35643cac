package dev.gantry.instances.jobshop;

import java.util.List;
import java.util.Optional;

/**
 * Taillard's published seed pairs for the 80 job-shop instances ta01–ta80 (É. Taillard, "Benchmarks for basic
 * scheduling problems", EJOR 64(2), 1993; OR-Library {@code jobshop2.txt}). Taken from two independent public
 * copies of that table that agree on all 80 pairs; {@code TaillardSeedsTest} regenerates every instance and
 * compares it with the staged files.
 */
public final class TaillardSeeds {
    /** One instance: its name ({@code ta01}), size and the (time, machine) seed pair. */
    public record Seed(String name, int jobs, int machines, long timeSeed, long machineSeed) {
    }

    private static final List<Seed> ALL = List.of(
            new Seed("ta01", 15, 15, 840612802L, 398197754L),
            new Seed("ta02", 15, 15, 1314640371L, 386720536L),
            new Seed("ta03", 15, 15, 1227221349L, 316176388L),
            new Seed("ta04", 15, 15, 342269428L, 1806358582L),
            new Seed("ta05", 15, 15, 1603221416L, 1501949241L),
            new Seed("ta06", 15, 15, 1357584978L, 1734077082L),
            new Seed("ta07", 15, 15, 44531661L, 1374316395L),
            new Seed("ta08", 15, 15, 302545136L, 2092186050L),
            new Seed("ta09", 15, 15, 1153780144L, 1393392374L),
            new Seed("ta10", 15, 15, 73896786L, 1544979948L),
            new Seed("ta11", 20, 15, 533484900L, 317419073L),
            new Seed("ta12", 20, 15, 1894307698L, 1474268163L),
            new Seed("ta13", 20, 15, 874340513L, 509669280L),
            new Seed("ta14", 20, 15, 1124986343L, 1209573668L),
            new Seed("ta15", 20, 15, 1463788335L, 529048107L),
            new Seed("ta16", 20, 15, 1056908795L, 25321885L),
            new Seed("ta17", 20, 15, 195672285L, 1717580117L),
            new Seed("ta18", 20, 15, 961965583L, 1353003786L),
            new Seed("ta19", 20, 15, 1610169733L, 1734469503L),
            new Seed("ta20", 20, 15, 532794656L, 998486810L),
            new Seed("ta21", 20, 20, 1035939303L, 773961798L),
            new Seed("ta22", 20, 20, 5997802L, 1872541150L),
            new Seed("ta23", 20, 20, 1357503601L, 722225039L),
            new Seed("ta24", 20, 20, 806159563L, 1166962073L),
            new Seed("ta25", 20, 20, 1902815253L, 1879990068L),
            new Seed("ta26", 20, 20, 1503184031L, 1850351876L),
            new Seed("ta27", 20, 20, 1032645967L, 99711329L),
            new Seed("ta28", 20, 20, 229894219L, 1158117804L),
            new Seed("ta29", 20, 20, 823349822L, 108033225L),
            new Seed("ta30", 20, 20, 1297900341L, 489486403L),
            new Seed("ta31", 30, 15, 98640593L, 1981283465L),
            new Seed("ta32", 30, 15, 1839268120L, 248890888L),
            new Seed("ta33", 30, 15, 573875290L, 2081512253L),
            new Seed("ta34", 30, 15, 1670898570L, 788294565L),
            new Seed("ta35", 30, 15, 1118914567L, 1074349202L),
            new Seed("ta36", 30, 15, 178750207L, 294279708L),
            new Seed("ta37", 30, 15, 1549372605L, 596993084L),
            new Seed("ta38", 30, 15, 798174738L, 151685779L),
            new Seed("ta39", 30, 15, 553410952L, 1329272528L),
            new Seed("ta40", 30, 15, 1661531649L, 1173386294L),
            new Seed("ta41", 30, 20, 1841414609L, 1357882888L),
            new Seed("ta42", 30, 20, 2116959593L, 1546338557L),
            new Seed("ta43", 30, 20, 796392706L, 1230864158L),
            new Seed("ta44", 30, 20, 532496463L, 254174057L),
            new Seed("ta45", 30, 20, 2020525633L, 978943053L),
            new Seed("ta46", 30, 20, 524444252L, 185526083L),
            new Seed("ta47", 30, 20, 1569394691L, 487269855L),
            new Seed("ta48", 30, 20, 1460267840L, 1631446539L),
            new Seed("ta49", 30, 20, 198324822L, 1937476577L),
            new Seed("ta50", 30, 20, 38071822L, 1541985579L),
            new Seed("ta51", 50, 15, 17271L, 718939L),
            new Seed("ta52", 50, 15, 660481279L, 449650254L),
            new Seed("ta53", 50, 15, 352229765L, 949737911L),
            new Seed("ta54", 50, 15, 1197518780L, 166840558L),
            new Seed("ta55", 50, 15, 1376020303L, 483922052L),
            new Seed("ta56", 50, 15, 2106639239L, 955932362L),
            new Seed("ta57", 50, 15, 1765352082L, 1209982549L),
            new Seed("ta58", 50, 15, 1105092880L, 1349003108L),
            new Seed("ta59", 50, 15, 907248070L, 919544535L),
            new Seed("ta60", 50, 15, 2011630757L, 1845447001L),
            new Seed("ta61", 50, 20, 8493988L, 2738939L),
            new Seed("ta62", 50, 20, 1991925010L, 709517751L),
            new Seed("ta63", 50, 20, 342093237L, 786960785L),
            new Seed("ta64", 50, 20, 1634043183L, 973178279L),
            new Seed("ta65", 50, 20, 341706507L, 286513148L),
            new Seed("ta66", 50, 20, 320167954L, 1411193018L),
            new Seed("ta67", 50, 20, 1089696753L, 298068750L),
            new Seed("ta68", 50, 20, 433032965L, 1589656152L),
            new Seed("ta69", 50, 20, 615974477L, 331205412L),
            new Seed("ta70", 50, 20, 236150141L, 592292984L),
            new Seed("ta71", 100, 20, 302034063L, 1203569070L),
            new Seed("ta72", 100, 20, 1437643198L, 1692025209L),
            new Seed("ta73", 100, 20, 1792475497L, 1039908559L),
            new Seed("ta74", 100, 20, 1647273132L, 1012841433L),
            new Seed("ta75", 100, 20, 696480901L, 1689682358L),
            new Seed("ta76", 100, 20, 1785569423L, 1092647459L),
            new Seed("ta77", 100, 20, 117806902L, 739059626L),
            new Seed("ta78", 100, 20, 1639154709L, 1319962509L),
            new Seed("ta79", 100, 20, 2007423389L, 749368241L),
            new Seed("ta80", 100, 20, 682761130L, 262763021L));

    private TaillardSeeds() {
    }

    /** ta01..ta80 in order. */
    public static List<Seed> all() {
        return ALL;
    }

    /** The seed pair for {@code ta01}..{@code ta80}; the staged file names ({@code ta01js}) are accepted too. */
    public static Optional<Seed> byName(String name) {
        String key = name.endsWith("js") ? name.substring(0, name.length() - 2) : name;
        return ALL.stream().filter(s -> s.name().equals(key)).findFirst();
    }
}
