package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry analyze --relaxation-bound} on one machine with heads and tails: J1 (10 days, then 5 days of T1) and J2
 * (1 day after R2's 1 day, then 10 days of T2) share the one-person fitter crew. J2 first ends the project on day 17;
 * the resource argument sees only 0 + 11 + 5 = 16.
 */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private Path project(String t1Deadline, String t2Deadline) throws IOException {
        Path p = dir.resolve("heads-tails");
        Files.createDirectories(p);
        Files.writeString(p.resolve("project.csv"), "id,start,weekdays\nheads-tails,2026-01-05,MON;TUE;WED;THU;FRI\n");
        Files.writeString(p.resolve("activities.csv"), String.join("\n",
                "id,name,duration,trade,zone,demands,earliestStart,deadline,deadlineType,phase",
                "J1,Job one,10,fitting,,fitter:1,,,,P",
                "T1,Tail one,5,testing,,,," + t1Deadline + ",P",
                "R2,Prepare two,1,helping,,helper:1,,,,P",
                "J2,Job two,1,fitting,,fitter:1,,,,P",
                "T2,Tail two,10,testing,,,," + t2Deadline + ",P", ""));
        Files.writeString(p.resolve("dependencies.csv"), String.join("\n",
                "pred,succ,type,lag,lagUnit,maxLag", "J1,T1,FS,0,wd,", "R2,J2,FS,0,wd,", "J2,T2,FS,0,wd,", ""));
        Files.writeString(p.resolve("crews.csv"), "id,capacity\nfitter,1\nhelper,1\n");
        return p;
    }

    @Test
    void theRelaxationBoundIsTheOptimumWhereTheResourceArgumentFallsShort() throws IOException {
        CliRun run = CliRun.of("analyze", project(",", ",").toString(), "--relaxation-bound", "60s", "--workers", "1");

        assertThat(run.exit()).as(run.err()).isEqualTo(0);
        assertThat(run.out()).contains("finish lower bound (working days): 16 from ")
                .contains("relaxation bound (working days): 17 from crew fitter with the zones (relaxation solved to optimality), in ");
    }

    @Test
    void aRelaxationWithoutAPlanSaysTheProjectHasNone() throws IOException {
        // T1 by Friday 2026-01-23 (end 15) and T2 by Tuesday 2026-01-20 (end 12): each order of the fitter misses one,
        // though the dependencies alone allow both
        CliRun run = CliRun.of("analyze", project("2026-01-23,hard", "2026-01-20,hard").toString(), "--relaxation-bound", "60s", "--workers", "1");

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).contains("relaxation bound (working days): ")
                .contains("with the zones, which admits no plan: neither does the project (gantry explain tells why)");
    }

    @Test
    void workersBelowOneAreBadUsage() throws IOException {
        CliRun run = CliRun.of("analyze", project(",", ",").toString(), "--relaxation-bound", "10s", "--workers", "0");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--workers must be at least 1, got 0");
    }
}
