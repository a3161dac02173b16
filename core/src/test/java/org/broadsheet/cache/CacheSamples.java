package org.broadsheet.cache;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.frontmatter.FileName;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.frontmatter.Image;
import org.broadsheet.markdown.ArticleLink;
import org.broadsheet.markdown.ImageRef;
import org.broadsheet.markdown.TemplateCode;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceFile;

/** Cache records with every field filled in, as a real build makes them, for the cache's tests. */
final class CacheSamples {

    static final ZonedDateTime DATE = ZonedDateTime.parse("2026-11-27T09:30-04:00[America/Caracas]");

    private CacheSamples() {
    }

    /** Front matter using every field, with non-ASCII text and extra keys of every YAML kind. */
    static FrontMatter frontMatter(String title) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("kicker", "Exclusivo — Zürich");
        extra.put("rank", 3L);
        extra.put("huge", new BigInteger("123456789012345678901234567890"));
        extra.put("ratio", 0.25);
        extra.put("live", true);
        extra.put("nothing", null);
        extra.put("sources", List.of("AP", List.of(1L, 2L), Map.of("name", "Reuters")));
        return new FrontMatter(title, DATE, Optional.of(DATE.plusHours(5)), List.of("ana-ruiz", "jane"), "world",
                List.of("venezuela", "política"), "A summary.", Optional.of(new Image("photo.jpg", "Alt", "Caption",
                        "Credit")), "es", "talks", false, Optional.of(DATE.plusYears(1)), "feature", "talks-key",
                "https://example.org/original", List.of("/old/talks/"), extra, Map.of("title", 2, "date", 3));
    }

    /** A source record as a build would keep it for {@code world/talks.md}. */
    static Manifest.Source source(String title) {
        return new Manifest.Source(1234, 1_700_000_000_123_456_789L, 0x1234_5678_9abc_def0L,
                new BodyPack.Ref(64, 500, -42L), new FileName("talks", Optional.of(DATE.toLocalDate()), "es"),
                frontMatter(title), "The excerpt…", "Search text ünïcode", 812, 4,
                List.of(new ImageRef("photo.jpg", 12, true)), List.of(new ArticleLink("other.md", "world/other.md", 20)),
                List.of(new TemplateCode("{% raw %}", 30)), 77L);
    }

    static Manifest.Summary summary() {
        return new Manifest.Summary(40, 12, 3, 9, 4,
                List.of(new Problem(Problem.Severity.WARNING, new SourcePosition("content/world/talks.md", 7, 3),
                        "the image is missing")),
                List.of("content/world/later.md", "2027-01-01T00:00Z"), List.of());
    }

    /** A manifest of two articles and three output files. */
    static Manifest manifest(String version) {
        return new Manifest(version, 11L, 22L, "b1d", "/tmp/site", "bodies-x.pack", 4096L, 1_700_000_000_000_000_000L,
                new Manifest.Validity(1_700_000_000L, 1_800_000_000L),
                Map.of("world/talks.md", source("Talks"), "world/other.md", source("Other")),
                Map.of("index.html", new Manifest.Output(1L, 2L), "world/talks/index.html", new Manifest.Output(3L, 4L),
                        "feed.xml", new Manifest.Output(-5L, Long.MIN_VALUE)),
                summary());
    }

    /** The article of {@code content/<contentPath>}, read from a file of this size and time. */
    static RenderedArticle article(String contentPath, long size, long modified) {
        SourceFile file = SourceFile.of(Path.of("content"), contentPath,
                SourceFile.Kind.MARKDOWN, "", size, modified);
        return new RenderedArticle(file, FileName.of(contentPath), frontMatter("Title of " + contentPath),
                "Excerpt.", "Search text.", 120, 1, List.of(), List.of(), List.of());
    }

    /** {@code bytes} with the byte at {@code index} flipped. */
    static byte[] flipped(byte[] bytes, int index) {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        copy[index] ^= 0x55;
        return copy;
    }
}
