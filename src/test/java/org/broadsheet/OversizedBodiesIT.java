package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
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

    @Test
    void bodiesWithTooManyLinksDefinitionsFootnotesOrAddressesAreRefusedAtTheirLine() {
        TestSite site = TestSite.in(dir)
                .article("content/news/brackets.md", FRONT, "Intro.\n\n" + "[a]\n".repeat(50_001))
                .article("content/news/definitions.md", FRONT, "[a]: /x\n".repeat(50_001))
                .article("content/news/footnotes.md", FRONT, "Text[^1].\n\n" + "[^1]: note\n\n".repeat(10_001))
                .article("content/news/addresses.md", FRONT, "Write to us.\n\n" + "ed@example.org ".repeat(50_001))
                .article("content/news/fine.md", FRONT, "[a] and [b].\n\n[a]: /a\n[b]: /b\n");

        TestSite.Run run = site.build();

        assertEquals(List.of(
                "content/news/addresses.md:7: has more than 50000 web or e-mail addresses; split it into several articles",
                "content/news/brackets.md:50007: has more than 50000 links, images, footnote references or other texts"
                        + " in [square brackets]; split it into several articles",
                "content/news/definitions.md:50005: has more than 50000 link definitions ([label]: address); split it"
                        + " into several articles",
                "content/news/footnotes.md:20007: has more than 10000 footnotes; split it into several articles",
                "Build failed: 4 errors. No site was written."), run.errLines());
        assertEquals(1, run.exitCode(), run.toString());
    }
}
