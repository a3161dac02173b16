package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bodies far larger in one kind of element than any article are refused at the line of the
 * element past the limit, every such file in one run, and nothing is published.
 */
class OversizedBodiesIT {

    private static final String FRONT = "title: Too many\ndate: 2024-01-01";

    @TempDir
    Path dir;

    /** Builds a site of a fine article and one under content/news/ for each of {@code bodies}. */
    private TestSite.Run build(Map<String, String> bodies) {
        TestSite site = TestSite.in(dir).article("content/news/fine.md", FRONT,
                "[a] and [b], *fine* &amp; <b>bold</b> \\* ed@x.org.[^1]\n\n[a]: /a\n[b]: /b\n[^1]: Note.\n");
        bodies.forEach((name, body) -> site.article("content/news/" + name + ".md", FRONT, body));
        return site.build();
    }

    @Test
    void bodiesWithTooManyLinksDefinitionsFootnotesOrAddressesAreRefusedAtTheirLine() {
        TestSite.Run run = build(Map.of(
                "brackets", "Intro.\n\n" + "[a]\n".repeat(50_001),
                "definitions", "[a]: /x\n".repeat(50_001),
                "footnotes", "Text[^1].\n\n" + "[^1]: note\n\n".repeat(10_001),
                "addresses", "Write to us.\n\n" + "ed@example.org ".repeat(50_001)));

        assertEquals(List.of(
                "content/news/addresses.md:7: has more than 50000 web or e-mail addresses; split it into several articles",
                "content/news/brackets.md:50007: has more than 50000 links, images, footnote references or other"
                        + " [square brackets]; split it into several articles",
                "content/news/definitions.md:50005: has more than 50000 link definitions ([label]: address); split it"
                        + " into several articles",
                "content/news/footnotes.md:20007: has more than 10000 footnotes; split it into several articles",
                "Build failed: 4 errors. No site was written."), run.errLines());
        assertEquals(1, run.exitCode(), run.toString());
    }

    @Test
    void bodiesWithTooManyLinesEmphasisMarksReferencesTagsOrBackslashesAreRefusedAtTheirLine() {
        TestSite.Run run = build(Map.of(
                "lines", "1a\n".repeat(200_001),
                "marks", "Stars:\n\n" + "*a ".repeat(200_001),
                "entities", "&amp;".repeat(100_001),
                "tags", "Tags:\n" + "<a ".repeat(100_001),
                "closing", "]".repeat(50_001),
                "backslashes", "\\\"".repeat(100_001)));

        assertEquals(List.of(
                "content/news/backslashes.md:5: has more than 100000 backslashes (\\); split it into several articles",
                "content/news/closing.md:5: has more than 50000 links, images, footnote references or other"
                        + " [square brackets]; split it into several articles",
                "content/news/entities.md:5: has more than 100000 character references (&amp; and the like); split it"
                        + " into several articles",
                "content/news/lines.md:200005: has more than 200000 lines; split it into several articles",
                "content/news/marks.md:7: has more than 200000 runs of emphasis marks (*, _ or ~); split it into"
                        + " several articles",
                "content/news/tags.md:6: has more than 100000 HTML tags or other < signs; split it into several articles",
                "Build failed: 6 errors. No site was written."), run.errLines());
        assertEquals(1, run.exitCode(), run.toString());
    }

    @Test
    void anArticleBelowEveryLimitIsPublished() {
        TestSite.Run run = build(Map.of());

        assertEquals(0, run.exitCode(), run.toString());
    }
}
