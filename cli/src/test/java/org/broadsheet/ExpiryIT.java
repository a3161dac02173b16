package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article past its {@code expires} (or {@code expiryDate}) is gone from the whole site at
 * the next build: its page, every listing, feed, sitemap and search index entry, the related
 * articles and language selectors that pointed at it. The build cache never keeps it alive.
 */
class ExpiryIT {

    /** 2026-11-21T09:00-04:00 in the site's zone: both articles are in the news sitemap. */
    static final Instant JUST_PUBLISHED = Instant.parse("2026-11-21T13:00:00Z");
    /** 2026-12-03T08:00-04:00, before the sale expires: no other change of the output is due before then. */
    static final Instant BEFORE = Instant.parse("2026-12-03T12:00:00Z");
    /** The moment it expires: 2026-12-05T00:00-04:00. */
    static final Instant EXPIRY = Instant.parse("2026-12-05T04:00:00Z");

    static final String TITLE = "Holiday Sale Ends Soon";
    /** Its URL or a file's in its folder, but not the link to its Markdown file that a page links it by once it is gone. */
    static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("/news/business/sale/(?!index\\.md)");

    static TestSite site(Path dir) {
        return TestSite.in(dir)
                .file("broadsheet.yml", "title: The Expiring Times\nbaseUrl: https://example.org/news/\n"
                        + "timezone: America/Caracas\nlanguages:\n  - code: en-US\n  - code: es-VE\n")
                .article("content/business/sale/index.md", "title: " + TITLE + "\ndate: 2026-11-20T08:00\n"
                        + "expires: 2026-12-05\nauthor: Elena Castillo\ntags: [offers]\nimage: banner.png\nimage_alt: Sale banner\n"
                        + "translationKey: sale", "Buy now.")
                .bytes("content/business/sale/banner.png", new byte[] {1, 2, 3})
                .article("content/business/sale/index.es.md", "title: Rebajas\ndate: 2026-11-20T08:00\n"
                        + "author: Elena Castillo\ntags: [offers]\ntranslationKey: sale", "Compre.")
                .article("content/world/storm.md", "title: Storm Nears\ndate: 2026-11-21T08:00\n"
                        + "author: Elena Castillo\ntags: [offers]", "See [the sale](../business/sale/index.md).");
    }

    static BuildResult build(TestSite site, Instant now) {
        return Broadsheet.build(BuildRequest.of(site.root()).at(now));
    }

    /** Output files that name the expired article, by its title or its URL. */
    static List<String> filesNamingTheSale(TestSite site) {
        return site.outputFiles().stream().filter(f -> {
            String text = site.text(f);
            return text.contains(TITLE) || URL.matcher(text).find();
        }).toList();
    }

    @Test
    void beforeItsExpiryAnArticleIsEverywhereAndTheBuildSaysWhenItGoes(@TempDir Path dir) {
        TestSite site = site(dir);
        BuildResult result = build(site, JUST_PUBLISHED);
        assertTrue(site.exists("business/sale/index.html") && site.exists("business/sale/banner.png"));
        assertTrue(filesNamingTheSale(site).containsAll(List.of("feed.xml", "feed.json", "sitemap.xml",
                "news-sitemap.xml", "search/fragments/d/20777-0.json", "index.html", "business/index.html", "tags/offers/index.html",
                "authors/elena-castillo/index.html", "2026/11/index.html", "world/storm/index.html",
                "es/business/sale/index.html")), filesNamingTheSale(site).toString());
        assertEquals(Optional.of("content/business/sale/index.md at 2026-12-05T00:00-04:00"),
                result.nextExpiry().map(Object::toString));
    }

    @Test
    void atItsExpiryTheNextBuildFromTheCacheLeavesItOutOfEveryPageFeedAndSitemap(@TempDir Path dir) throws IOException {
        TestSite site = site(dir.resolve("site-folder"));
        ageSources(site); // files modified a moment before a build are read again, and the cache could not go stale
        build(site, BEFORE);
        BuildResult unchanged = build(site, BEFORE.plusSeconds(3600));
        assertTrue(unchanged.work().cache().contains("nothing changed"), unchanged.work().cache());
        assertEquals(Optional.of("content/business/sale/index.md at 2026-12-05T00:00-04:00"),
                unchanged.nextExpiry().map(Object::toString), "an up-to-date build still says when the next expiry is");

        BuildResult after = build(site, EXPIRY);

        assertFalse(after.work().cache().contains("nothing changed"), "the cached output was valid until the expiry only");
        assertFalse(site.exists("business/sale/index.html"));
        assertFalse(site.exists("business/sale/banner.png"));
        assertEquals(List.of(), filesNamingTheSale(site));
        assertTrue(site.exists("es/business/sale/index.html"), "the translation has no expiry of its own");
        assertEquals(Optional.empty(), after.nextExpiry());
        assertEquals(List.of("content/world/storm.md:7: warning: link \"../business/sale/index.md\" leads nowhere:"
                + " content/business/sale/index.md expired on 2026-12-05T00:00-04:00"),
                after.warnings().stream().map(Object::toString).toList());
        assertEquals(cleanBuild(dir, site, EXPIRY), TestSite.snapshot(site.output()),
                "a build from the cache writes what a clean one does");
    }

    @Test
    void buildPrintsWhenTheNextArticleExpires(@TempDir Path dir) {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", "timezone: America/Caracas\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01\nexpiryDate: 2999-12-01T09:00", "Text.")
                .article("content/world/b.md", "title: B\ndate: 2026-01-01\nexpires: 2999-12-02", "Text.")
                .article("content/world/far.md", "title: Far\ndate: 2999-11-01", "Text.");
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().endsWith("Next scheduled article: content/world/far.md at 2999-11-01T00:00-04:00\n"
                + "Next article to expire: content/world/a.md at 2999-12-01T09:00-04:00\n"), run.out());
    }

    /** The output of a build of a copy of the site's sources, without its cache or output, at {@code now}. */
    private static Map<String, String> cleanBuild(Path dir, TestSite site, Instant now) throws IOException {
        TestSite clean = site(dir.resolve("clean"));
        build(clean, now);
        return TestSite.snapshot(clean.output());
    }

    private static void ageSources(TestSite site) throws IOException {
        try (Stream<Path> files = Files.walk(site.root())) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !f.startsWith(site.output())
                    && !f.startsWith(site.root().resolve(".broadsheet"))).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));
            }
        }
    }
}
