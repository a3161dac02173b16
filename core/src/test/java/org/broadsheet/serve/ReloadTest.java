package org.broadsheet.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReloadTest {

    @Test
    void pagesAreNamedByTheUrlPathsBrowsersShow() {
        Reload reload = Reload.of("b-2", List.of("world/x/index.html", "index.html", "feed.xml", "world/café/index.html",
                "2026/story one.html"), "/news/");
        assertEquals("b-2 pages /news/ /news/2026/story%20one.html /news/feed.xml /news/world/caf%C3%A9/ /news/world/x/",
                reload.data());
    }

    @Test
    void aBuildThatChangedNothingReloadsNoPage() {
        assertEquals("b-3 pages", Reload.of("b-3", List.of(), "/").data());
    }

    @Test
    void stylesheetsImagesAndLargeChangesReloadEveryPage() {
        assertEquals("b-4 *", Reload.of("b-4", List.of("index.html", "assets/site.css"), "/").data());
        assertEquals("b-4 *", Reload.of("b-4", List.of("world/x/photo.jpg"), "/").data());
        List<String> many = IntStream.rangeClosed(0, Reload.MAX_PATHS).mapToObj(i -> "p" + i + "/index.html").toList();
        assertEquals("b-4 *", Reload.of("b-4", many, "/").data());
        assertEquals(Reload.MAX_PATHS, Reload.of("b-4", many.subList(1, many.size()), "/").paths().size());
    }
}
