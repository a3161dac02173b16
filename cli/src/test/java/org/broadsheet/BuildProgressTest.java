package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a build tells its progress listener: each stage in order, and every file and page. */
class BuildProgressTest {

    @Test
    void theBuildReportsEachStageAndCountsEveryFileAndPage(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "Text.")
                .article("content/world/b.md", "title: B\ndate: 2026-01-02", "Text.")
                .file("content/files/report.txt", "Report.");
        List<String> stages = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger items = new AtomicInteger();
        BuildResult result = Broadsheet.build(BuildRequest.of(site.root()).withProgress(new BuildProgress() {
            @Override
            public void stageStarted(String stage, int count) {
                stages.add(stage + " " + count);
            }

            @Override
            public void itemDone() {
                items.incrementAndGet();
            }
        }));
        assertEquals(List.of("config 0", "load 0", "cache 0", "authors 0", "section fronts 0",
                "front matter + markdown 2", "site model 0", "images 0", "comments 0",
                "plan 0", "messages 0", "render + write " + result.work().files(), "save cache 0"), stages);
        assertEquals(2 + result.work().files(), items.get());
    }
}
