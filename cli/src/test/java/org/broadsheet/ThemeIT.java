package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in theme's guarantees, at the level of HTML and CSS: each defect that the browser check
 * ({@code src/test/browser/theme-check.js}: axe-core and page widths in Chromium) found is pinned
 * here, on the sample site, since the Maven build runs no browser.
 */
class ThemeIT {

    private static Path site;
    private static String css;

    @BeforeAll
    static void buildTheSampleSite(@TempDir Path dir) throws IOException {
        Path root = dir.resolve("sample");
        for (String name : GoldenSampleSiteIT.SAMPLE) {
            if (Files.exists(TestSite.REPOSITORY.resolve(name))) {
                TestSite.copyTree(TestSite.REPOSITORY.resolve(name), root.resolve(name));
            }
        }
        site = dir.resolve("site");
        Broadsheet.build(new BuildRequest(root, site, false, false, GoldenSampleSiteIT.NOW, BuildProgress.NONE));
        css = Files.readString(site.resolve("assets/broadsheet.css"));
    }

    private static List<Path> pages() throws IOException {
        try (var files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void noPageNamesTwoLandmarksOfOneKindAlike() throws IOException {
        List<String> repeated = new ArrayList<>();
        for (Path file : pages()) {
            Map<String, Integer> names = new HashMap<>();
            for (Element landmark : page(file).select("nav, aside, form[aria-label], section[aria-label]")) {
                names.merge(landmark.tagName() + " " + landmark.attr("aria-label"), 1, Integer::sum);
            }
            names.forEach((name, count) -> {
                if (count > 1) {
                    repeated.add(site.relativize(file) + ": " + name);
                }
            });
        }
        assertEquals(List.of(), repeated, "axe's landmark-unique: the year archive's months and the footer's years");
    }

    @Test
    void everyFormControlAndFrameHasAName() throws IOException {
        List<String> unnamed = new ArrayList<>();
        int checkboxes = 0;
        for (Path file : pages()) {
            Document page = page(file);
            for (Element control : page.select("input:not([type=hidden]), textarea, select, iframe")) {
                boolean named = !control.attr("aria-label").isBlank() || control.hasAttr("aria-labelledby")
                        || !control.attr("title").isBlank() || control.closest("label") != null
                        || !control.id().isEmpty() && page.selectFirst("label[for=" + control.id() + "]") != null;
                if (!named) {
                    unnamed.add(site.relativize(file) + ": " + control.outerHtml());
                }
            }
            checkboxes += page.select("input.task-list-item-checkbox[aria-label]").size();
        }
        assertEquals(List.of(), unnamed, "axe's label and frame-title");
        assertTrue(checkboxes >= 6, "the sample's task list is there to be checked");
    }

    @Test
    void theStylesheetPushesNothingOffAnEdge() {
        Matcher negative = Pattern.compile("(?:left|right|top|bottom|inset[a-z-]*|margin[a-z-]*)\\s*:\\s*-\\d")
                .matcher(css);
        assertFalse(negative.find(), () -> "a negative offset widens right-to-left pages: " + negative.group());
        assertTrue(rule(".reply-trap").contains("clip-path: inset(50%)"), "the honeypot is clipped where it stands");
    }

    @Test
    void theStylesheetUsesLogicalSidesForRightToLeftPages() {
        Matcher physical = Pattern.compile("(?:margin|padding|border)-(?:left|right)|float\\s*:\\s*(?:left|right)"
                + "|(?<!\\.align-(?:left|right) \\{ )text-align\\s*:\\s*(?:left|right)").matcher(css);
        List<String> found = new ArrayList<>();
        while (physical.find()) {
            found.add(physical.group());
        }
        assertEquals(List.of(), found, "inline-start and inline-end follow the page's direction");
    }

    @Test
    void embeddedPlayersFitTheColumnAndKeepTheirShape() throws IOException {
        Element frame = page(site.resolve("world/cyclone-relief/index.html")).selectFirst(".article-body iframe");
        assertEquals("560", frame.attr("width"), "the sample article embeds a 560 px player");
        assertTrue(rule(".article-body iframe, .article-body video").contains("max-width: 100%"));
        String players = rule(".article-body iframe[src*=\"youtube\"]");
        assertTrue(players.contains("width: 100%") && players.contains("aspect-ratio: 16 / 9")
                && players.contains("height: auto"), players);
        assertTrue(css.contains("\n.article-body video { height: auto; }"), "a video keeps the shape its width and height give");
    }

    @Test
    void disabledPaginationTextKeepsItsContrast() throws IOException {
        assertTrue(page(site.resolve("2026/11/index.html")).selectFirst(".pagination .disabled") != null);
        assertEquals("color: var(--muted);", rule(".pagination .disabled"));
    }

    @Test
    void everyTextColourReadsAtAaContrastInLightAndDarkMode() {
        Map<String, String> light = palette(css.substring(css.indexOf(":root"), css.indexOf("}", css.indexOf(":root"))));
        int dark = css.indexOf("@media (prefers-color-scheme: dark)");
        assertTrue(dark > 0, "the theme has a dark mode");
        Map<String, String> darkPalette = new HashMap<>(light);
        darkPalette.putAll(palette(css.substring(dark, css.indexOf("}", dark))));
        for (Map<String, String> colours : List.of(light, darkPalette)) {
            for (String[] pair : List.of(new String[] {"ink", "paper"}, new String[] {"muted", "paper"},
                    new String[] {"link", "paper"}, new String[] {"accent", "paper"}, new String[] {"ink-soft", "paper"},
                    new String[] {"ink", "field"}, new String[] {"on-ink", "ink"}, new String[] {"on-ink", "accent"},
                    new String[] {"muted", "code-bg"})) {
                double ratio = Contrast.ratio(colours.get(pair[0]), colours.get(pair[1]));
                assertTrue(ratio >= 4.5, pair[0] + " on " + pair[1] + " in " + colours + ": " + ratio);
            }
        }
    }

    @Test
    void articlesPrintWithoutTheSitesControlsAndWithTheirLinksAddresses() {
        int print = css.indexOf("@media print");
        assertTrue(print > 0, "the theme has a print stylesheet");
        String printing = css.substring(print);
        for (String hidden : List.of(".sections-nav", ".language-selector", ".site-search", ".reply,", ".story-nav")) {
            assertTrue(printing.substring(0, printing.indexOf("display: none")).contains(hidden), hidden);
        }
        assertTrue(printing.contains("content: \" (\" attr(href) \")\""), "links print their address");
    }

    @Test
    void everyArticleWithTheStylesheetStaysUnderThirtyKilobytesGzipped() throws IOException {
        int stylesheet = gzipped(css.getBytes(StandardCharsets.UTF_8));
        for (Path file : pages()) {
            if (page(file).selectFirst("article.article") != null) {
                int weight = gzipped(Files.readAllBytes(file)) + stylesheet;
                assertTrue(weight <= 30 * 1024, site.relativize(file) + " weighs " + weight + " bytes gzipped");
            }
        }
    }

    private static int gzipped(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        }
        return out.size();
    }

    /** The declarations of the first rule whose selector list has {@code selector}. */
    private static String rule(String selector) {
        Matcher at = Pattern.compile("(?m)(?:^|, )" + Pattern.quote(selector) + "\\s*[,{]").matcher(css);
        assertTrue(at.find(), "no rule for " + selector);
        return css.substring(css.indexOf("{", at.start()) + 1, css.indexOf("}", at.start())).strip();
    }

    private static Map<String, String> palette(String block) {
        Map<String, String> colours = new HashMap<>();
        Matcher variable = Pattern.compile("--([a-z-]+):\\s*(#[0-9a-fA-F]{3,6})").matcher(block);
        while (variable.find()) {
            colours.put(variable.group(1), variable.group(2));
        }
        return colours;
    }

    /** WCAG 2's contrast ratio of two sRGB colours written #rgb or #rrggbb. */
    static final class Contrast {
        static double ratio(String one, String two) {
            double a = luminance(one);
            double b = luminance(two);
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }

        private static double luminance(String hex) {
            String digits = hex.substring(1);
            if (digits.length() == 3) {
                digits = digits.replaceAll("(.)", "$1$1");
            }
            double[] channel = new double[3];
            for (int i = 0; i < 3; i++) {
                double c = Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16) / 255.0;
                channel[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
            }
            return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
        }
    }
}
