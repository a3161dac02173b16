package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose baseUrl has a sub-path (https://example.org/news/) deployed under /news/:
 * every link and asset URL of every page leads to a file of the output.
 */
class SubPathIT {

    @Test
    void everyInternalLinkAndAssetResolvesUnderTheSubPath(@TempDir Path dir) {
        TestSite site = NewsroomSite.build(dir);
        List<String> broken = new ArrayList<>();
        for (String file : site.outputFiles()) {
            if (!file.endsWith(".html")) {
                continue;
            }
            URI page = URI.create("https://example.org/news/" + file);
            for (Element element : site.page(file).select("[href], [src]")) {
                String attr = element.hasAttr("href") ? "href" : "src";
                String url = element.attr(attr);
                URI target = page.resolve(url);
                if (!"example.org".equals(target.getHost()) || url.startsWith("#")) {
                    continue;
                }
                String path = target.getPath();
                if (!path.startsWith("/news/")) {
                    broken.add(file + ": " + url + " leaves /news/");
                    continue;
                }
                if (path.equals("/news/maps/storm.html")) {
                    continue; // a link in an article to a file the fixture does not have
                }
                Path local = site.output().resolve(path.substring("/news/".length()));
                if (!(Files.isRegularFile(local) || Files.isRegularFile(local.resolve("index.html")))) {
                    broken.add(file + ": " + url + " has no file");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void siteAtTheRootLinksFromTheRoot(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://news.example.com\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-01", "See [b](/world/b/).");
        assertEquals(0, site.build().exitCode());
        var page = site.page("world/a/index.html");
        assertEquals("/assets/broadsheet.css", page.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://news.example.com/world/a/", page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("/world/b/", page.selectFirst(".article-body a").attr("href"));
        assertTrue(site.text("sitemap.xml").contains("<loc>https://news.example.com/world/a/</loc>"));
    }
}
