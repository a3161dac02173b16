package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WebP beside each width: {@code photo-800w.webp} made with the other widths, offered first
 * through {@code <picture>} by the lead figure and by a body's image, the {@code <img>} inside as
 * it is without; none with {@code images.webp: false}. Most tests look at {@link ResponsiveImagesIT}'s story.
 */
class WebpImagesIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = ResponsiveImagesIT.storm(dir);
    }

    @Test
    void eachWidthIsAlsoWrittenAsWebp() throws IOException {
        for (int width : List.of(480, 800, 1200, 1600)) {
            assertWebp(site, "world/storm/wide-" + width + "w.webp", width);
        }
        assertWebp(site, "images/chart-480w.webp", 480);
        assertWebp(site, "images/chart-600w.webp", 600);
        assertFalse(site.exists("world/storm/wide.webp"), "the image at its own path has no WebP: pages show its widths");
    }

    @Test
    void theLeadFigureOffersWebpFirstThroughPicture() {
        Element picture = site.page("world/storm/index.html").selectFirst("figure.lead-image > picture");
        Element source = picture.child(0);
        Element img = picture.child(1);
        assertEquals("source", source.normalName());
        assertEquals("image/webp", source.attr("type"));
        assertEquals("/news/world/storm/wide-480w.webp 480w, /news/world/storm/wide-800w.webp 800w, "
                + "/news/world/storm/wide-1200w.webp 1200w, /news/world/storm/wide-1600w.webp 1600w", source.attr("srcset"));
        assertEquals("img", img.normalName());
        assertEquals(img.attr("sizes"), source.attr("sizes"));
        assertEquals("/news/world/storm/wide-480w.jpg 480w, /news/world/storm/wide-800w.jpg 800w, "
                + "/news/world/storm/wide-1200w.jpg 1200w, /news/world/storm/wide-1600w.jpg 1600w", img.attr("srcset"));
        assertEquals("Waves over the harbour wall", img.attr("alt"));
        assertEquals("2000x1000", img.attr("width") + "x" + img.attr("height"));
    }

    @Test
    void aBodyImageOffersWebpFirstThroughPicture() {
        Element picture = site.page("world/storm/index.html").selectFirst(".article-body picture");
        Element source = picture.child(0);
        Element img = picture.child(1);
        assertEquals("image/webp", source.attr("type"));
        assertEquals("/news/images/chart-480w.webp 480w, /news/images/chart-600w.webp 600w", source.attr("srcset"));
        assertEquals("(max-width: 600px) 100vw, 600px", source.attr("sizes"));
        assertEquals("A small chart", img.attr("alt"));
        assertEquals("/news/images/chart-480w.png 480w, /news/images/chart-600w.png 600w", img.attr("srcset"));
        assertEquals("600x300", img.attr("width") + "x" + img.attr("height"));
        assertEquals("lazy", img.attr("loading"), "after the lead image, the body's images wait");
    }

    @Test
    void withWebpFalseThereIsNoPictureAndNoWebpFile(@TempDir Path dir) {
        TestSite plain = TestSite.in(dir)
                .file("broadsheet.yml", "images:\n  webp: false\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-05T10:00:00Z\nimage:\n  src: /images/photo.jpg\n"
                        + "  alt: A photo", "![Wide](/images/photo.jpg)\n")
                .bytes("content/images/photo.jpg", TestImages.halves("jpg", 900, 600))
                .built();
        assertTrue(plain.exists("images/photo-480w.jpg"));
        assertFalse(plain.exists("images/photo-480w.webp"));
        assertNull(plain.page("world/a/index.html").selectFirst("picture"));
        assertEquals(2, plain.page("world/a/index.html").select("img[srcset]").size());
    }

    /** libwebp takes no image over 16,383 pixels on a side: this one's 16 px width is 20,000 px tall. */
    @Test
    void anImageLibwebpRefusesIsPublishedWithoutWebpWithAWarningAndTheBuildGoesOn(@TempDir Path dir) {
        TestSite site = TestSite.in(dir)
                .file("broadsheet.yml", "images:\n  widths: [16]\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-05T10:00:00Z\nimage:\n  src: /images/tall.jpg\n"
                        + "  alt: A tall one", "![Tall](/images/tall.jpg)\n\n![Small](/images/small.jpg)\n");
        site.bytes("content/images/tall.jpg", TestImages.halves("jpg", 20, 25_000))
                .bytes("content/images/small.jpg", TestImages.halves("jpg", 100, 50));
        TestSite.Run run = site.build();
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("content/images/tall.jpg") && run.err().contains("cannot be written as WebP"),
                run.err());
        assertTrue(site.exists("images/tall-16w.jpg"));
        assertFalse(site.exists("images/tall-16w.webp"));
        assertTrue(site.exists("images/small-16w.webp"));
        var page = site.page("world/a/index.html");
        assertNull(page.selectFirst("figure.lead-image picture"), "the lead figure offers no WebP that is not there");
        assertEquals("/images/tall-16w.jpg 16w", page.selectFirst("figure.lead-image img").attr("srcset"));
        assertNull(page.selectFirst(".article-body picture:has(img[alt=Tall])"));
        assertEquals("/images/tall-16w.jpg 16w", page.selectFirst(".article-body img[alt=Tall]").attr("srcset"));
        assertEquals("/images/small-16w.webp 16w",
                page.selectFirst(".article-body picture:has(img[alt=Small]) source").attr("srcset"));
    }

    private static void assertWebp(TestSite site, String file, int width) throws IOException {
        byte[] bytes = Files.readAllBytes(site.output().resolve(file));
        assertEquals("RIFF", new String(Arrays.copyOfRange(bytes, 0, 4), StandardCharsets.US_ASCII), file);
        assertEquals("WEBP", new String(Arrays.copyOfRange(bytes, 8, 12), StandardCharsets.US_ASCII), file);
        assertEquals(width, ImageIO.read(site.output().resolve(file).toFile()).getWidth(), file);
    }
}
