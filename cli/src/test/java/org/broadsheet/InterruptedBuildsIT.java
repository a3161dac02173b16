package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.broadsheet.output.OutputLock;
import org.broadsheet.problem.BuildFailedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Readers see the old site or the new one, never a mix: a build killed at any point of putting
 * its site in place leaves one whole site (or, for the instant between two renames, none, with
 * a journal), and the next build finishes the swap first; two builds into one folder take turns.
 */
class InterruptedBuildsIT {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

    @TempDir
    Path dir;

    private TestSite site;
    private Map<String, String> oldSite;

    @BeforeEach
    void buildTheOldSite() {
        site = TestSite.in(dir.resolve("gazette"));
        for (int i = 0; i < 30; i++) {
            site.article("content/world/story-" + i + ".md", "title: Story " + i + "\ndate: 2026-11-" + (10 + i % 18)
                    + "\ntags: [tag-" + i % 7 + "]", "Body " + i + ".\n");
        }
        build(request());
        oldSite = TestSite.snapshot(site.output());
    }

    /** The edit that the new site shows: a new title on one story, one story gone, one added. */
    private Map<String, String> editAndBuildTheNewSiteElsewhere() throws IOException {
        site.article("content/world/story-3.md", "title: Story three, updated\ndate: 2026-11-13\ntags: [tag-3]", "New.\n");
        Files.delete(site.root().resolve("content/world/story-4.md"));
        site.article("content/politics/vote.md", "title: Vote\ndate: 2026-11-30", "Counted.\n");
        Path clean = dir.resolve("clean");
        build(request().withOutput(clean));
        return TestSite.snapshot(clean);
    }

    @ParameterizedTest
    @ValueSource(strings = {"staged", "journaled", "moved-old", "moved-new", "finished", "retired", "spare-kept"})
    void aBuildKilledAtAnyStepOfItsSwapLeavesOneWholeSiteAndTheNextBuildFinishesIt(String step) throws Exception {
        killAtAndBuildAgain(step);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spare-invalidated", "spare-emptied", "staged", "journaled", "moved-old", "moved-new",
            "finished", "retired", "spare-kept"})
    void aBuildKilledWhileItBringsTheSiteBeforeUpToDateLeavesOneWholeSiteAndTheNextBuildsAreRight(String step)
            throws Exception {
        site.article("content/world/story-0.md", "title: Story zero\ndate: 2026-11-10\ntags: [tag-0]", "Edited.\n");
        build(request()); // an update: the site before it is kept beside, for the next update to bring up to date
        assertTrue(Files.isDirectory(dir.resolve("gazette/.site.spare")));
        oldSite = TestSite.snapshot(site.output());
        killAtAndBuildAgain(step);
    }

    /**
     * Kills the build of the edit at {@code step}: the output folder holds the old site or the
     * new one; the next build puts the new one in place, and the build of a further edit after it
     * equals a clean build of that edit.
     */
    private void killAtAndBuildAgain(String step) throws Exception {
        Map<String, String> newSite = editAndBuildTheNewSiteElsewhere();

        ProcessBuilder builder = new ProcessBuilder(java(), "-Dbroadsheet.test.haltAt=" + step, "-jar",
                CommandLineIT.JAR.toString(), "build", "--source", site.root().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("killed.log").toFile());
        builder.environment().put("SOURCE_DATE_EPOCH", String.valueOf(NOW.getEpochSecond()));
        Process killed = builder.start();
        assertTrue(killed.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, killed.exitValue(), Files.readString(dir.resolve("killed.log")));

        if (Files.exists(site.output())) {
            Map<String, String> seen = TestSite.snapshot(site.output());
            assertTrue(seen.equals(oldSite) || seen.equals(newSite),
                    "after a kill at " + step + " the site is a mix: " + TestSite.differences(newSite, seen));
        } else {
            assertEquals("moved-old", step, "only between the two renames is there no site/");
            assertTrue(Files.exists(dir.resolve("gazette/.site.swap")), "and the journal says how to finish");
        }
        build(request());
        assertEquals(List.of(), TestSite.differences(newSite, TestSite.snapshot(site.output())));

        site.article("content/world/story-5.md", "title: Story five, later\ndate: 2026-11-15\ntags: [tag-5]", "Later.\n");
        Files.delete(site.root().resolve("content/world/story-6.md"));
        build(request());
        Path clean = dir.resolve("clean-later");
        build(request().withOutput(clean));
        assertEquals(List.of(), TestSite.differences(TestSite.snapshot(clean), TestSite.snapshot(site.output())));
        try (var beside = Files.list(site.root())) {
            List<String> names = beside.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".site.")).sorted()
                    .toList();
            assertTrue(List.of(".site.lock", ".site.spare").containsAll(names), names.toString());
        }
    }

    @Test
    void twoBuildsIntoOneFolderAtOnceTakeTurnsAndLeaveTheNewSite() throws Exception {
        Map<String, String> newSite = editAndBuildTheNewSiteElsewhere();
        List<CompletableFuture<BuildResult>> builds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            builds.add(CompletableFuture.supplyAsync(() -> Broadsheet.build(request())));
        }
        for (CompletableFuture<BuildResult> build : builds) {
            build.get(60, TimeUnit.SECONDS);
        }
        assertEquals(List.of(), TestSite.differences(newSite, TestSite.snapshot(site.output())));
    }

    @Test
    void aBuildWaitsForAnotherOneWritingTheSameFolderAndSaysSo() throws Exception {
        List<String> said = new java.util.concurrent.CopyOnWriteArrayList<>();
        BuildRequest waiting = request().withProgress(new BuildProgress() {
            @Override
            public void waiting(String why) {
                said.add(why);
            }
        });
        CompletableFuture<BuildResult> build;
        try (OutputLock held = OutputLock.acquire(site.output(), Duration.ZERO, why -> { })) {
            build = CompletableFuture.supplyAsync(() -> Broadsheet.build(waiting));
            Thread.sleep(500);
            assertTrue(!build.isDone(), "it waits while the other build writes");
        }
        build.get(60, TimeUnit.SECONDS);
        assertEquals(1, said.size(), said.toString());
        assertTrue(said.get(0).startsWith("waiting for another build (process " + ProcessHandle.current().pid()),
                said.get(0));
    }

    @Test
    void aBuildThatStillFindsTheFolderLockedAfterItsWaitFailsNamingTheOtherBuild() throws Exception {
        Process holder = holdLockInAnotherProcess();
        try {
            BuildFailedException failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailedException.class,
                    () -> Broadsheet.build(request().withLockWait(Duration.ofSeconds(1))));
            assertEquals(site.output() + ": another build (process " + holder.pid() + ", started by a test) "
                    + "is writing this folder, and still was after 1 s; run this build again when it has finished",
                    failure.problems().get(0).toString());
            assertEquals(oldSite, TestSite.snapshot(site.output()));
        } finally {
            holder.destroyForcibly().waitFor();
        }
        build(request().withLockWait(Duration.ofSeconds(30))); // the lock of a killed holder is taken over
    }

    /** A process that holds the output folder's lock, as a build in another terminal would. */
    private Process holdLockInAnotherProcess() throws IOException, InterruptedException {
        Path lock = OutputLock.fileOf(site.output());
        String script = "import fcntl, os, sys, time\n"
                + "f = open(sys.argv[1], 'r+')\n"
                + "fcntl.lockf(f, fcntl.LOCK_EX)\n"
                + "f.truncate(0); f.write('process %d, started by a test\\n' % os.getpid()); f.flush()\n"
                + "print('locked', flush=True)\n"
                + "time.sleep(60)\n";
        Process process = new ProcessBuilder("python3", "-c", script, lock.toString()).start();
        String line = new String(process.getInputStream().readNBytes(7), StandardCharsets.UTF_8);
        assertEquals("locked\n", line);
        return process;
    }

    private BuildRequest request() {
        return new BuildRequest(site.root(), site.output(), false, false, NOW, BuildProgress.NONE);
    }

    private static void build(BuildRequest request) {
        Broadsheet.build(request);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
