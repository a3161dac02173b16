package org.broadsheet.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.broadsheet.source.SourceFile;

/** Parses front matter as a build does, in Caracas, and keeps what it reported. */
final class FrontMatterFixture {

    static final ZoneId CARACAS = ZoneId.of("America/Caracas");

    private final FrontMatterParser parser = new FrontMatterParser(CARACAS);
    private final Problems problems = new Problems();

    /** {@code content/world/talks.md} with a title and a date, then {@code lines} from line 4 on. */
    static String article(String lines) {
        return "---\ntitle: A\ndate: 2026-11-27\n" + lines + "---\nBody.\n";
    }

    Optional<FrontMatter> parse(String contentPath, String text) {
        return parser.parse(SourceFile.of(Path.of("content"), contentPath,
                SourceFile.Kind.MARKDOWN, "", 0, 0), text, problems).map(ParsedArticle::frontMatter);
    }

    /** The front matter of {@code content/world/talks.md}, which must have no problems. */
    FrontMatter parsed(String text) {
        Optional<FrontMatter> frontMatter = parse("world/talks.md", text);
        assertEquals(List.of(), reported());
        assertTrue(frontMatter.isPresent());
        return frontMatter.get();
    }

    /** Parses {@code content/world/talks.md}, which must fail, and gives every problem as "file:line: message". */
    List<String> errors(String text) {
        assertTrue(parse("world/talks.md", text).isEmpty(), "an article with errors is left out");
        return reported();
    }

    List<String> reported() {
        return problems.all().stream().map(Problem::toString).toList();
    }
}
