package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures as readers get them: in figures with caption and credit, with the width and height
 * of the real files so nothing shifts as they load, lazy below the first; and missing pictures
 * reported before anyone sees a broken one.
 */
class ImagesIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/news/\n")
                .article("content/world/storm/index.md", """
                        title: Storm Hits the Coast
                        date: 2026-01-05T10:00:00Z
                        image:
                          src: photo.png
                          alt: Waves over the harbour wall
                          caption: The harbour at noon.
                          credit: Jo Lens
                        """, """
                        ![The map](/images/map.jpg)

                        ![The pier](pier%20at%20dawn.png)

                        ![Elsewhere](https://cdn.example/elsewhere.png)
                        """)
                .bytes("content/world/storm/photo.png", image("png", 320, 200))
                .bytes("content/world/storm/pier at dawn.png", image("png", 100, 50))
                .bytes("content/images/map.jpg", image("jpg", 640, 480))
                .article("content/world/plain.md", "title: Plain\ndate: 2026-01-04T10:00:00Z",
                        "![First](/images/map.jpg)\n\n![Second](/images/map.jpg)\n")
                .built();
    }

    /** A real image file of that size, as a camera or an editor's tool would write it. */
    static byte[] image(String format, int width, int height) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> sizes(List<Element> images) {
        return images.stream().map(i -> i.attr("width") + "x" + i.attr("height")).toList();
    }

    @Test
    void theLeadImageIsAFigureWithCaptionCreditAndTheFilesSize() {
        Element figure = site.page("world/storm/index.html").selectFirst("figure.lead-image");
        Element img = figure.selectFirst("img");
        assertEquals("/news/world/storm/photo.png", img.attr("src"));
        assertEquals("Waves over the harbour wall", img.attr("alt"));
        assertEquals("320x200", sizes(List.of(img)).get(0));
        assertFalse(img.hasAttr("loading"), "the first picture loads at once");
        assertEquals("The harbour at noon. Jo Lens", figure.selectFirst("figcaption").text());
        assertEquals("Jo Lens", figure.selectFirst("figcaption .credit").text());
    }

    @Test
    void bodyImagesGetTheirFilesSizesAndLoadLazilyAfterTheLeadImage() {
        List<Element> images = site.page("world/storm/index.html").select(".article-body img");
        assertEquals(List.of("/news/images/map.jpg", "pier%20at%20dawn.png", "https://cdn.example/elsewhere.png"),
                images.stream().map(i -> i.attr("src")).toList());
        assertEquals(List.of("640x480", "100x50", "x"), sizes(images), "a picture elsewhere has no known size");
        assertEquals(List.of("lazy", "lazy", "lazy"), images.stream().map(i -> i.attr("loading")).toList());
    }

    @Test
    void withoutALeadImageOnlyTheImagesAfterTheFirstLoadLazily() {
        List<Element> images = site.page("world/plain/index.html").select(".article-body img");
        assertEquals(List.of("640x480", "640x480"), sizes(images));
        assertEquals(List.of("", "lazy"), images.stream().map(i -> i.attr("loading")).toList());
    }

    @Test
    void theFrontPagesLeadFigureHasTheSizeToo() {
        Document front = site.page("index.html");
        Element img = front.selectFirst(".lead-story figure img");
        assertEquals("320x200", sizes(List.of(img)).get(0));
        assertFalse(img.hasAttr("loading"));
    }

    @Test
    void aMissingImageBesideTheArticleIsAnErrorNamingArticleAndImage(@TempDir Path other) {
        TestSite broken = TestSite.in(other)
                .article("content/world/storm.md", "title: Storm\ndate: 2026-01-05\nimage: {src: lead.png, alt: Lead}",
                        "Text.\n\n![Gone](gone.png)\n")
                .article("content/world/fine.md", "title: Fine\ndate: 2026-01-05", "![Here](here.png)\n")
                .bytes("content/world/here.png", image("png", 2, 2));

        TestSite.Run run = broken.build();

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(
                "content/world/storm.md:4: image \"lead.png\" does not exist (no file content/world/lead.png)",
                "content/world/storm.md:8: image \"gone.png\" does not exist (no file content/world/gone.png)",
                "Build failed: 2 errors. No site was written."), run.errLines());
        assertFalse(broken.exists("index.html"));
    }

    @Test
    void aMissingSiteImageIsAWarningOncePerImage(@TempDir Path other) {
        TestSite later = TestSite.in(other)
                .article("content/world/a.md", "title: A\ndate: 2026-01-05\nimage: {src: /images/later.png, alt: Later}",
                        "![Again](/images/later.png)\n")
                .article("content/world/b.md", "title: B\ndate: 2026-01-06",
                        "![Later](/images/later.png) ![Other](/images/other.png)\n");

        TestSite.Run run = later.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(
                "content/world/a.md:4: warning: image \"/images/later.png\" is not in the site"
                        + " (no file content/images/later.png); the deploy must add it",
                "content/world/b.md:5: warning: image \"/images/other.png\" is not in the site"
                        + " (no file content/images/other.png); the deploy must add it"), run.errLines());
        assertTrue(later.exists("world/a/index.html"));
    }

    /** {@code %00} decodes to a character no file name has: an error at its line, never a crash. */
    @Test
    void anImagePathWithAControlCharacterIsAnErrorAtItsLine(@TempDir Path other) {
        TestSite broken = TestSite.in(other)
                .article("content/world/storm.md", "title: Storm\ndate: 2026-01-05\nimage: {src: /images/lead%00.png, alt: Lead}",
                        "![Nul](a%00b.png)\n\n![Break](/images/a%0Ab.png) ![Fine](here.png)\n")
                .bytes("content/world/here.png", image("png", 2, 2));

        TestSite.Run run = broken.build();

        assertEquals(List.of(
                "content/world/storm.md:4: image \"/images/lead%00.png\" names no file: a file name cannot hold the"
                        + " control character U+0000",
                "content/world/storm.md:6: image \"a%00b.png\" names no file: a file name cannot hold the control"
                        + " character U+0000",
                "content/world/storm.md:8: image \"/images/a%0Ab.png\" names no file: a file name cannot hold the"
                        + " control character U+000A",
                "Build failed: 3 errors. No site was written."), run.errLines());
        assertEquals(1, run.exitCode(), run.toString());
    }
}
