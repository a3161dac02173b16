package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page bundle's files go beside its page, each bundle's beside its own, and a draft's nowhere. */
class PageBundlesIT {

    @Test
    void eachPublishedBundleGetsItsOwnFilesAndADraftsStayUnwritten(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/news/\npermalink: /:section/:slug/\n")
                .article("content/world/flood/index.md", "title: Flood\ndate: 2026-01-03\nslug: the-flood", "Photos.")
                .file("content/world/flood/map.pdf", "map")
                .file("content/world/flood/data/levels.csv", "1,2")
                .article("content/world/fire/index.md", "title: Fire\ndate: 2026-01-04", "Smoke.")
                .file("content/world/fire/map.pdf", "another map")
                .article("content/world/secret/index.md", "title: Secret\ndate: 2026-01-05\ndraft: true", "Hush.")
                .file("content/world/secret/leak.pdf", "leak")
                .file("content/files/rates.pdf", "rates")
                .built();
        List<String> files = site.outputFiles().stream()
                .filter(f -> f.endsWith(".pdf") || f.endsWith(".csv")).toList();
        assertEquals(List.of("files/rates.pdf", "world/fire/map.pdf", "world/the-flood/data/levels.csv",
                "world/the-flood/map.pdf"), files);
        assertEquals("another map", site.text("world/fire/map.pdf"));
    }
}
