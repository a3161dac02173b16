package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What authors write can never run in a reader's browser or on the build machine, symbolic
 * links cannot publish files from elsewhere, and a build never replaces a folder it should not.
 */
class SafetyIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String BREAKOUT = "\"><img src=x onerror=alert(1)>";
    private static final String SCRIPT_URL = "javascript:alert(1)";
    private static final String SSTI = "${\"freemarker.template.utility.Execute\"?new()(\"id\")}";

    private static final String TITLE = SCRIPT + " " + BREAKOUT;
    private static final String SUMMARY = BREAKOUT + " " + SCRIPT_URL;

    @TempDir
    Path dir;

    @Test
    void markupInEveryFrontMatterFieldShowsAsTextAndNeverAsElements() throws Exception {
        TestSite site = TestSite.in(dir).article("content/world/talks.md", String.join("\n",
                "title: " + quoted(TITLE),
                "date: 2026-11-27T14:05:00Z",
                "summary: " + quoted(SUMMARY),
                "tags: [" + quoted(SCRIPT) + ", " + quoted(BREAKOUT) + ", " + quoted(SCRIPT_URL) + "]",
                "author: " + quoted(BREAKOUT),
                "image:",
                "  src: /images/photo.jpg",
                "  alt: " + quoted(BREAKOUT),
                "  caption: " + quoted(SCRIPT),
                "  credit: " + quoted(SCRIPT_URL),
                "notes: " + quoted(SCRIPT),
                "embed: {html: " + quoted(SCRIPT + BREAKOUT) + "}"), "Talks resumed today.\n");

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertNoActiveContent(site);
        Document article = site.page("world/talks/index.html");
        assertEquals(TITLE, article.selectFirst("h1").text());
        assertEquals(TITLE + " – Broadsheet", article.title());
        assertEquals(SUMMARY, article.selectFirst(".standfirst").text());
        assertEquals(SUMMARY, article.selectFirst("meta[name=description]").attr("content"));
        assertEquals(BREAKOUT, article.selectFirst("a[rel=author]").text());
        assertEquals(List.of(SCRIPT, BREAKOUT, SCRIPT_URL), article.select("a[rel=tag]").eachText());
        assertEquals(BREAKOUT, article.selectFirst("figure img").attr("alt"));
        assertEquals(SCRIPT + " " + SCRIPT_URL, article.selectFirst("figcaption").text());
        assertEquals(TITLE, site.page("index.html").selectFirst(".lead-title").text());
        assertEquals(SCRIPT, site.page("tags/script-alert-1-script/index.html").selectFirst("h1").text());
        assertEquals(BREAKOUT, site.page("authors/img-src-x-onerror-alert-1/index.html").selectFirst("h1").text());
        org.w3c.dom.Document feed = parseXml(site.output().resolve("feed.xml"));
        org.w3c.dom.Element entry = (org.w3c.dom.Element) feed.getElementsByTagNameNS("*", "entry").item(0);
        assertEquals(TITLE, entry.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }

    @Test
    void aTemplateInjectionPayloadIsPrintedNotRun() {
        TestSite site = TestSite.in(dir).article("content/world/talks.md", String.join("\n",
                "title: " + quoted(SSTI),
                "date: 2026-11-27",
                "summary: " + quoted("<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}")),
                SSTI + "\n\n<#include \"/etc/passwd\">\n");

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        Document article = site.page("world/talks/index.html");
        assertEquals(SSTI, article.selectFirst("h1").text());
        assertEquals("<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
                article.selectFirst(".standfirst").text());
        assertEquals(List.of(SSTI, "<#include \"/etc/passwd\">"), article.select(".article-body p").eachText());
    }

    @Test
    void rawHtmlInABodyIsEscapedWhenUnsafeHtmlIsOff() {
        TestSite site = TestSite.in(dir).file("broadsheet.yml", "markdown: {unsafeHtml: false}\n");
        site.article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", embed());

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertNoActiveContent(site);
        Element body = site.page("world/talks/index.html").selectFirst(".article-body");
        assertTrue(body.select("blockquote, b").isEmpty(), body.html());
        assertEquals(List.of("<blockquote class=\"embed\"><p>Quoted post</p></blockquote>",
                "<script async src=\"https://platform.example/widgets.js\"></script>",
                "Text with <b onclick=\"alert(1)\">inline</b> markup."), body.select("p").eachText());
    }

    @Test
    void rawHtmlInABodyPassesThroughByDefaultForNewsEmbeds() {
        TestSite site = TestSite.in(dir).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", embed());

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        Element body = site.page("world/talks/index.html").selectFirst(".article-body");
        assertEquals("Quoted post", body.selectFirst("blockquote.embed").text());
        assertEquals("https://platform.example/widgets.js", body.selectFirst("script").attr("src"));
        assertEquals("alert(1)", body.selectFirst("b").attr("onclick"));
    }

    @Test
    void scriptUrlsInMarkdownLinksBecomeHash() {
        TestSite site = TestSite.in(dir).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", """
                [plain](javascript:alert(1)), [capitals](JavaScript:alert(1)), [entity](javascript&colon;alert(1)),
                <javascript:alert(1)>, [reference][r], [vb](vbscript:msgbox(1)), [data](data:text/html,hi),
                [fine](https://example.org/) and ![a chart](javascript:alert(1))

                [r]: javascript:alert(1)
                """);

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertNoActiveContent(site);
        Element body = site.page("world/talks/index.html").selectFirst(".article-body");
        assertEquals(List.of("plain", "capitals", "entity", "javascript:alert(1)", "reference", "vb", "data", "fine"),
                body.select("a").eachText());
        assertEquals(List.of("#", "#", "#", "#", "#", "#", "#", "https://example.org/"), body.select("a").eachAttr("href"));
        assertEquals("#", body.selectFirst("img[alt=a chart]").attr("src"));
    }

    @Test
    void aSymbolicLinkUnderContentIsNotPublishedAndIsReported(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "TOP SECRET");
        TestSite site = TestSite.in(dir).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", "Body.\n");
        link(dir.resolve("content/world/notes.txt"), secret);
        link(dir.resolve("content/leaked"), elsewhere);

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(
                "content/leaked: warning: is a symbolic link; links are not followed, so it is not published",
                "content/world/notes.txt: warning: is a symbolic link; links are not followed, so it is not published"),
                run.errLines());
        assertFalse(site.exists("world/notes.txt"));
        assertFalse(site.exists("leaked"));
        assertTrue(TestSite.snapshot(site.output()).values().stream().noneMatch(text -> text.contains("TOP SECRET")));
    }

    @Test
    void symbolicLinksAmongProfilesTextsAndTemplatesAreNotRead(@TempDir Path elsewhere) throws IOException {
        Path bio = Files.writeString(elsewhere.resolve("bio.yml"), "name: Ann Writer\nbio: SECRET-BIO\n");
        Path texts = Files.writeString(elsewhere.resolve("en.yml"), "skip_to_content: SECRET-TEXT\n");
        TestSite site = TestSite.in(dir).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27\n"
                + "author: Ann Writer", "Body.\n");
        Files.createDirectories(dir.resolve("authors"));
        Files.createDirectories(dir.resolve("i18n"));
        link(dir.resolve("authors/ann-writer.yml"), bio);
        link(dir.resolve("i18n/en.yml"), texts);

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(
                "authors/ann-writer.yml: warning: is a symbolic link; links are not followed, so it is not published",
                "i18n/en.yml: warning: is a symbolic link; links are not followed, so it is not published"),
                run.errLines());
        assertTrue(TestSite.snapshot(site.output()).values().stream().noneMatch(text -> text.contains("SECRET")));

        Files.createDirectories(dir.resolve("templates"));
        link(dir.resolve("templates/article.ftlh"), Files.writeString(elsewhere.resolve("key.txt"), "SECRET-KEY"));
        TestSite.Run linked = site.build();
        assertEquals(1, linked.exitCode(), linked.toString());
        assertEquals("templates/article.ftlh: is a symbolic link to a file outside templates/, which is not read; copy"
                + " the file in instead (rendering content/world/talks.md)", linked.errLines().get(2), linked.toString());
    }

    /** The theme's base layout includes partials/footer.ftlh: the link is that partial, not the page's template. */
    @Test
    void aPartialLinkedFromOutsideTemplatesIsReportedAsThatPartial(@TempDir Path elsewhere) throws IOException {
        TestSite site = TestSite.in(dir).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", "Body.\n");
        Files.createDirectories(dir.resolve("templates/partials"));
        link(dir.resolve("templates/partials/footer.ftlh"), Files.writeString(elsewhere.resolve("footer.ftlh"), "SECRET"));

        TestSite.Run run = site.build();

        assertEquals(List.of("templates/partials/footer.ftlh: is a symbolic link to a file outside templates/, which is"
                + " not read; copy the file in instead (rendering content/world/talks.md and 8 other pages)",
                "Build failed: 1 error. No site was written."), run.errLines());
    }

    /** Skipped as a linked file is, a linked content/ would build a site without articles over the live one. */
    @Test
    void aSymbolicLinkInPlaceOfAFolderOfTheSiteIsAnErrorAndThePublishedSiteStays(@TempDir Path elsewhere)
            throws IOException {
        TestSite site = TestSite.in(dir).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", "Body.\n")
                .built();
        Map<String, String> published = TestSite.snapshot(site.output());
        link(dir.resolve("content"), Files.move(dir.resolve("content"), elsewhere.resolve("content")));
        for (String folder : List.of("templates", "i18n", "authors", "comments")) {
            link(dir.resolve(folder), Files.createDirectories(elsewhere.resolve(folder)));
        }

        TestSite.Run run = site.build();

        String linked = ": is a symbolic link; links are not followed, so the build cannot read this folder: replace the"
                + " link with the folder itself";
        assertEquals(List.of("authors" + linked, "comments" + linked, "content" + linked, "i18n" + linked,
                "templates" + linked, "Build failed: 5 errors. The previous site in " + site.output() + " is unchanged."),
                run.errLines());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(published, TestSite.snapshot(site.output()));
    }

    @Test
    void aSymbolicLinkUnderTemplateAssetsIsNotPublishedAndIsReported(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "TOP SECRET");
        TestSite site = validSite(dir).file("templates/assets/site.js.txt", "fine");
        link(dir.resolve("templates/assets/broadsheet.css"), secret);
        link(dir.resolve("templates/assets/key.txt"), secret);
        link(dir.resolve("templates/assets/leaked"), elsewhere);

        TestSite.Run run = site.build();

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(
                "templates/assets/broadsheet.css: warning: is a symbolic link; links are not followed, so it is not published",
                "templates/assets/key.txt: warning: is a symbolic link; links are not followed, so it is not published",
                "templates/assets/leaked: warning: is a symbolic link; links are not followed, so it is not published"),
                run.errLines());
        assertEquals("fine", site.text("assets/site.js.txt"));
        assertFalse(site.exists("assets/key.txt"));
        assertFalse(site.exists("assets/leaked"));
        assertTrue(site.text("assets/broadsheet.css").contains("{"), "the theme's own stylesheet is published instead");
        assertTrue(TestSite.snapshot(site.output()).values().stream().noneMatch(text -> text.contains("TOP SECRET")));
    }

    @Test
    void theSiteFolderItselfIsRefusedAsOutput() {
        TestSite site = validSite(dir.resolve("paper"));

        assertRefused(site, site.root(), "is the site folder or contains it; a build would replace the site's own files");
    }

    @Test
    void aParentOfTheSiteFolderIsRefusedAsOutput() {
        TestSite site = validSite(dir.resolve("paper"));

        assertRefused(site, dir, "is the site folder or contains it; a build would replace the site's own files");
    }

    @Test
    void aFolderInsideContentIsRefusedAsOutput() {
        TestSite site = validSite(dir.resolve("paper"));
        Path output = site.root().resolve("content/site");

        assertRefused(site, output, "is inside content/ or templates/; choose a folder of its own such as site/");
        assertFalse(Files.exists(output));
    }

    @Test
    void aFolderHoldingSomeoneElsesFilesIsRefusedAsOutput() throws IOException {
        TestSite site = validSite(dir.resolve("paper"));
        Path output = Files.createDirectories(dir.resolve("public"));
        Files.writeString(output.resolve("index.html"), "<p>The old hand-made site</p>");
        Files.writeString(Files.createDirectories(output.resolve("reports")).resolve("2025.pdf"), "%PDF-1.7");

        assertRefused(site, output, "holds files that Broadsheet did not write; a build replaces the whole folder, "
                + "so move them away or choose another --output");
    }

    @Test
    void aFileIsRefusedAsOutput() throws IOException {
        TestSite site = validSite(dir.resolve("paper"));
        Path output = Files.writeString(dir.resolve("site.html"), "<p>keep me</p>");

        assertRefused(site, output, "is a file, not a folder");
    }

    /** The build of {@code site} into {@code output} fails with {@code message} and changes nothing on disk. */
    private void assertRefused(TestSite site, Path output, String message) {
        Map<String, String> before = TestSite.snapshot(dir);

        TestSite.Run run = site.build("--output", output.toString());

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(List.of(output + ": " + message,
                "Build failed: 1 error. No site was written."), run.errLines());
        assertEquals(List.of(), TestSite.differences(before, TestSite.snapshot(dir)), "nothing was written, moved or deleted");
    }

    private static TestSite validSite(Path root) {
        return TestSite.in(root).article("content/world/talks.md", "title: Talks\ndate: 2026-11-27", "Body.\n");
    }

    private static String embed() {
        return """
                <blockquote class="embed"><p>Quoted post</p></blockquote>

                <script async src="https://platform.example/widgets.js"></script>

                Text with <b onclick="alert(1)">inline</b> markup.
                """;
    }

    /** Attributes whose value a browser follows or loads as a URL. */
    private static final java.util.Set<String> URL_ATTRIBUTES = java.util.Set.of("href", "src", "action",
            "formaction", "srcset", "poster", "data", "background", "cite", "xlink:href");

    /**
     * Every HTML page of the site has no script element but the theme's own (JSON-LD whose text
     * holds no raw '<', the reply form's, the search page's), no event-handler attribute and no
     * script URL in a URL attribute; no file at all holds an unescaped tag from the corpus.
     */
    static void assertNoActiveContent(TestSite site) {
        List<String> found = new ArrayList<>();
        for (String file : site.outputFiles()) {
            String text = site.text(file);
            if (text.contains(SCRIPT) || text.contains("<img src=x")) {
                found.add(file + ": unescaped markup from the input");
            }
            if (!file.endsWith(".html")) {
                continue;
            }
            Document page = site.page(file);
            page.select("script").stream().filter(s -> !isThemeScript(s)).forEach(s -> found.add(file + ": " + s.outerHtml()));
            for (Element element : page.getAllElements()) {
                for (Attribute attribute : element.attributes()) {
                    String value = attribute.getValue().replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                    boolean url = URL_ATTRIBUTES.contains(attribute.getKey().toLowerCase(Locale.ROOT))
                            || (element.tagName().equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh"));
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                            || (url && (value.startsWith("javascript:") || value.startsWith("vbscript:")
                            || value.startsWith("data:text")))) {
                        found.add(file + ": <" + element.tagName() + " " + attribute.html() + ">");
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /**
     * The theme's own scripts: its JSON-LD data block (which may hold no raw '<', '>' or '&'),
     * and the reply form's and thank-you page's scripts, exactly as the templates have them.
     */
    private static boolean isThemeScript(Element script) {
        String data = script.data();
        if (script.attr("type").equals("application/ld+json")) {
            return script.attributesSize() == 1 && data.chars().noneMatch(c -> c == '<' || c == '>' || c == '&');
        }
        if (script.hasAttr("src")) {
            return script.attr("src").endsWith("/assets/search.js") && data.isEmpty();
        }
        return script.attributesSize() == 0 && !data.isBlank() && List.of("partials/reply-form.ftlh", "reply-thanks.ftlh")
                .stream().anyMatch(t -> themeTemplate(t).contains(data));
    }

    private static String themeTemplate(String name) {
        try (var in = SafetyIT.class.getResourceAsStream("/theme/templates/" + name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A YAML single-quoted scalar: nothing inside is special except the quote itself. */
    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void link(Path link, Path target) throws IOException {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Assumptions.abort("this file system cannot make symbolic links: " + e.getMessage());
        }
    }

    /** Parses XML as a feed reader should: well-formed or an exception, no DTDs, no external entities. */
    private static org.w3c.dom.Document parseXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setNamespaceAware(true);
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(file.toFile());
        assertNotNull(document.getDocumentElement());
        return document;
    }
}
