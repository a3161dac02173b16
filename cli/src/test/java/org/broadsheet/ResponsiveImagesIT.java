package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images as a phone gets them: each raster image in several widths, never wider than it is, with
 * srcset and sizes; turned the right way up; without the GPS position the camera wrote; with its
 * size known however much metadata comes first; and made once, then reused from the cache.
 */
class ResponsiveImagesIT {

    static TestSite site;

    @BeforeAll
    static void build(@TempDir Path dir) {
        site = storm(dir);
    }

    /** A news story with a lead photo and, in its body, a chart, a photo taken sideways and one with long metadata; built. */
    static TestSite storm(Path dir) {
        return TestSite.in(dir)
                .file("broadsheet.yml", "baseUrl: https://example.org/news/\n")
                .article("content/world/storm/index.md", """
                        title: Storm Hits the Coast
                        date: 2026-01-05T10:00:00Z
                        image:
                          src: wide.jpg
                          alt: Waves over the harbour wall
                        """, """
                        ![A small chart](/images/chart.png)

                        ![Held sideways](phone.jpg)

                        ![A long header](long.jpg)
                        """)
                .bytes("content/world/storm/wide.jpg", TestImages.halves("jpg", 2000, 1000))
                .bytes("content/images/chart.png", TestImages.halves("png", 600, 300))
                .bytes("content/world/storm/phone.jpg", TestImages.withExif(TestImages.halves("jpg", 200, 100), 6))
                .bytes("content/world/storm/long.jpg", TestImages.withLongMetadata(TestImages.halves("jpg", 300, 150), 100))
                .built();
    }

    @Test
    void eachImageIsWrittenInTheConfiguredWidthsButNeverWiderThanItIs() {
        assertEquals(List.of(480, 800, 1200, 1600), List.of(480, 800, 1200, 1600).stream()
                .map(w -> widthOf("world/storm/wide-" + w + "w.jpg")).toList());
        assertFalse(site.exists("world/storm/wide-2000w.jpg"), "no variant as wide as the source past the largest width");
        assertEquals(480, widthOf("images/chart-480w.png"));
        assertEquals(600, widthOf("images/chart-600w.png"), "a narrower image's own width is its largest");
        assertFalse(site.exists("images/chart-800w.png"), "never upscaled");
        assertEquals(2000, widthOf("world/storm/wide.jpg"), "the image itself stays at its path");
    }

    @Test
    void theLeadFigureAndBodyImagesHaveSrcsetAndSizes() {
        Element lead = site.page("world/storm/index.html").selectFirst("figure.lead-image img");
        assertEquals("/news/world/storm/wide-480w.jpg 480w, /news/world/storm/wide-800w.jpg 800w, "
                + "/news/world/storm/wide-1200w.jpg 1200w, /news/world/storm/wide-1600w.jpg 1600w", lead.attr("srcset"));
        assertEquals("(max-width: 42rem) 100vw, 42rem", lead.attr("sizes"));
        Element chart = site.page("world/storm/index.html").selectFirst(".article-body img[alt=A small chart]");
        assertEquals("/news/images/chart-480w.png 480w, /news/images/chart-600w.png 600w", chart.attr("srcset"));
        assertEquals("(max-width: 600px) 100vw, 600px", chart.attr("sizes"));
    }

    @Test
    void socialCardsUseTheVariantAtLeast1200PixelsWideAndStructuredDataTheLeadImagesCrops() {
        String html = site.text("world/storm/index.html");
        assertEquals("https://example.org/news/world/storm/wide-1200w.jpg",
                site.page("world/storm/index.html").selectFirst("meta[property=og:image]").attr("content"));
        assertTrue(html.contains("\"image\":[\"https://example.org/news/world/storm/wide-16x9.jpg\","
                + "\"https://example.org/news/world/storm/wide-4x3.jpg\",\"https://example.org/news/world/storm/wide-1x1.jpg\"]"),
                html);
        assertEquals("1200x675 1200x900 1000x1000", String.join(" ", sizeOf("world/storm/wide-16x9.jpg"),
                sizeOf("world/storm/wide-4x3.jpg"), sizeOf("world/storm/wide-1x1.jpg")));
        assertFalse(site.exists("images/chart-16x9.png"), "only lead images are cropped");
    }

    private static String sizeOf(String outputPath) {
        BufferedImage image = read(outputPath);
        return image.getWidth() + "x" + image.getHeight();
    }

    @Test
    void aPhotoTakenSidewaysIsTurnedAndGivenItsShownSize() {
        Element img = site.page("world/storm/index.html").selectFirst("img[alt=Held sideways]");
        assertEquals("100x200", img.attr("width") + "x" + img.attr("height"));
        BufferedImage turned = read("world/storm/phone.jpg");
        assertEquals(100, turned.getWidth());
        assertEquals(200, turned.getHeight());
        assertTrue(isRed(turned.getRGB(50, 40)), "the stored left half (red) shows on top after a quarter turn clockwise");
        assertTrue(isBlue(turned.getRGB(50, 160)));
        assertEquals(100, widthOf("world/storm/phone-100w.jpg"));
    }

    @Test
    void theGpsPositionIsNotPublished() throws Exception {
        for (String file : List.of("world/storm/phone.jpg", "world/storm/phone-100w.jpg")) {
            assertNull(ImageMetadataReader.readMetadata(site.output().resolve(file).toFile())
                    .getFirstDirectoryOfType(GpsDirectory.class), file);
        }
        assertTrue(ImageMetadataReader.readMetadata(site.root().resolve("content/world/storm/phone.jpg").toFile())
                .containsDirectoryOfType(GpsDirectory.class), "the source had one");
    }

    @Test
    void withStripFalseTheImageKeepsItsMetadataButItsVariantsHaveNone(@TempDir Path dir) throws Exception {
        byte[] photo = TestImages.withExif(TestImages.halves("jpg", 900, 600), 1);
        TestSite kept = TestSite.in(dir)
                .file("broadsheet.yml", "images:\n  strip: false\n")
                .article("content/world/a.md", "title: A\ndate: 2026-01-05T10:00:00Z", "![Wide](/images/photo.jpg)\n")
                .bytes("content/images/photo.jpg", photo)
                .built();
        assertTrue(Arrays.equals(photo, Files.readAllBytes(kept.output().resolve("images/photo.jpg"))));
        assertNull(ImageMetadataReader.readMetadata(kept.output().resolve("images/photo-480w.jpg").toFile())
                .getFirstDirectoryOfType(GpsDirectory.class));
    }

    @Test
    void aJpegWithMoreThan64KilobytesOfMetadataBeforeItsFrameGetsItsSize() throws IOException {
        assertTrue(Files.size(site.root().resolve("content/world/storm/long.jpg")) > 100 * 1024);
        Element img = site.page("world/storm/index.html").selectFirst("img[alt=A long header]");
        assertEquals("300x150", img.attr("width") + "x" + img.attr("height"));
    }

    @Test
    void aSecondBuildReusesTheResizedFilesAndKeepsTheirTimes(@TempDir Path dir) throws IOException {
        TestSite again = TestSite.in(dir)
                .article("content/world/a.md", "title: A\ndate: 2026-01-05T10:00:00Z", "![Wide](/images/wide.jpg)\n")
                .bytes("content/images/wide.jpg", TestImages.halves("jpg", 1700, 800))
                .built();
        Map<String, FileTime> before = times(again);
        Map<String, FileTime> cachedBefore = cacheTimes(again);
        assertEquals(9, before.size(), before.toString()); // the image, 4 widths, each also as WebP
        assertTrue(before.containsKey("images/wide-1600w.webp"), before.toString());
        again.article("content/world/a.md", "title: A, updated\ndate: 2026-01-05T10:00:00Z", "![Wide](/images/wide.jpg)\n")
                .built();
        assertTrue(again.text("world/a/index.html").contains("A, updated"));
        assertEquals(before, times(again), "unchanged images keep their files and times");
        assertEquals(cachedBefore, cacheTimes(again), "nothing was encoded again");
    }

    private static Map<String, FileTime> times(TestSite site) throws IOException {
        Map<String, FileTime> times = new LinkedHashMap<>();
        for (String file : site.outputFiles()) {
            if (file.startsWith("images/")) {
                times.put(file, Files.getLastModifiedTime(site.output().resolve(file)));
            }
        }
        return times;
    }

    private static Map<String, FileTime> cacheTimes(TestSite site) throws IOException {
        Map<String, FileTime> times = new LinkedHashMap<>();
        try (var files = Files.walk(site.root().resolve(".broadsheet/images"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.endsWith("hashes")).sorted().toList()) {
                times.put(file.toString(), Files.getLastModifiedTime(file));
            }
        }
        return times;
    }

    private static int widthOf(String outputPath) {
        return read(outputPath).getWidth();
    }

    private static BufferedImage read(String outputPath) {
        try {
            return ImageIO.read(site.output().resolve(outputPath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xff) > 200 && (rgb & 0xff) < 60;
    }

    private static boolean isBlue(int rgb) {
        return (rgb & 0xff) > 200 && (rgb >> 16 & 0xff) < 60;
    }
}
