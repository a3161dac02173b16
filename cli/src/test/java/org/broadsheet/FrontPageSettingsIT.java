package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** front: in broadsheet.yml: the editor's order of the front page's section blocks, and how much each shows. */
class FrontPageSettingsIT {

    private static TestSite newsroom(Path dir, String front) {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", "title: T\nbaseUrl: https://example.org/\n" + front);
        for (String section : List.of("business", "sports", "world")) {
            for (int i = 1; i <= 5; i++) {
                site.article("content/" + section + "/" + section + i + ".md",
                        "title: " + section + " " + i + "\ndate: 2026-01-0" + i + "T1" + section.length() + ":00:00Z", "Text.");
            }
        }
        return site;
    }

    private static List<String> blocks(Document front) {
        return front.select(".section-block").stream().map(block -> block.selectFirst("h2").text() + " "
                + block.select("article, .card").size()).toList();
    }

    @Test
    void namedSectionsComeFirstWithTheirCountsAndTheRestFollow(@TempDir Path dir) {
        TestSite site = newsroom(dir, "front:\n  latest: 2\n  perSection: 1\n  sections:\n    world: 3\n    sports: 0\n").built();
        Document front = site.page("index.html");
        assertEquals(List.of("World 3", "Business 1"), blocks(front), "sports is left off; business gets perSection");
        Element latest = front.selectFirst("#latest-title").parent();
        assertEquals(2, latest.select(".card").size(), latest::html);
    }

    @Test
    void withoutSettingsEachSectionShowsFourAndTheLatestSix(@TempDir Path dir) {
        Document front = newsroom(dir, "").built().page("index.html");
        assertEquals(List.of("Business 4", "Sports 4", "World 4"), blocks(front));
        assertEquals(6, front.selectFirst("#latest-title").parent().select(".card").size());
    }

    @Test
    void wrongSettingsAreErrorsAndAnUnknownSectionAWarningAtTheirLines(@TempDir Path dir) {
        TestSite.Run wrong = newsroom(dir, "front:\n  latest: many\n  sections:\n    world: 100\n  order: [world]\n").build();
        assertEquals(1, wrong.exitCode(), wrong::toString);
        assertTrue(wrong.err().contains("broadsheet.yml:4: front.latest must be a whole number from 0 to 50, not \"many\""),
                wrong::toString);
        assertTrue(wrong.err().contains("broadsheet.yml:6: front.sections.world must be a whole number from 0 to 50"),
                wrong::toString);
        assertTrue(wrong.err().contains("broadsheet.yml:7: front.order is not a setting"), wrong::toString);
        TestSite.Run typo = newsroom(dir, "front:\n  sections:\n    wolrd: 3\n").build();
        assertEquals(0, typo.exitCode(), typo::toString);
        assertTrue(typo.err().contains("broadsheet.yml:5: warning: front.sections names wolrd, a section with no published"
                + " article; the sections are business, sports, world"), typo::toString);
    }
}
