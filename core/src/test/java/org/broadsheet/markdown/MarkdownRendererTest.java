package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final MarkdownRenderer UNSAFE = new MarkdownRenderer(true);
    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);

    private static String html(String markdown) {
        return UNSAFE.render(markdown, "/news/", "/news/world/").html();
    }

    private static Document dom(String markdown) {
        return Jsoup.parseBodyFragment(html(markdown));
    }

    @Test
    void paragraphsAndEmphasis() {
        assertEquals("<p>A <em>quiet</em> <strong>day</strong>.</p>\n", html("A *quiet* **day**."));
    }

    /** Plain text takes a shorter way through FastText than text with escapes, entities or CR; both as CommonMark says. */
    @Test
    void textIsEscapedAndItsEscapesAndEntitiesResolved() {
        assertEquals("<p>Plain — Zürich &lt;3 &gt; 2 &quot;quotes&quot; O'Brien &amp; co</p>\n", html("Plain — Zürich <3 > 2 \"quotes\" O'Brien & co"));
        assertEquals("<p>Fish *and* chips &amp; peas © &lt;b&gt;\nnext line</p>\n",
                html("Fish \\*and\\* chips &amp; peas &copy; \\<b>\r\nnext line"));
        assertEquals("<h2><a href=\"#a--b\" id=\"a--b\" class=\"anchor\">A &amp; B</a></h2>\n", html("## A &amp; B"));
        assertEquals("<p>Bell \uFFFD and escape \uFFFD are not written</p>\n", html("Bell &#7; and escape &#x1B; are not written"));
    }

    /** FastInlineParser matches link parts itself and restores reference definitions; both as CommonMark says. */
    @Test
    void inlineAndReferenceLinksKeepTheirTitles() {
        assertEquals("<p>See <a href=\"/news/about/\" title=\"About us\">us</a>, <a href=\"https://e.org/a\" "
                + "title=\"Source &amp; data\">the data</a> and [no such link][none].</p>\n",
                html("See [us]( /about/\n  \"About us\" ), [the data][src] and [no such link][none].\n\n"
                        + "[src]: https://e.org/a 'Source & data'\n"));
    }

    @Test
    void aDestinationMayNestParenthesesUpToTheLimit() {
        String nested = "(".repeat(32) + ")".repeat(32);
        assertEquals("<p><a href=\"https://e.org/a_(b)_(c(d))\">wiki</a></p>\n", html("[wiki](https://e.org/a_(b)_(c(d)))"));
        assertEquals("<p><a href=\"https://e.org/" + nested + "\">deep</a></p>\n", html("[deep](https://e.org/" + nested + ")"));
        Document deeper = dom("[deeper](https://e.org/((" + nested + "))");
        assertTrue(deeper.text().startsWith("[deeper]("), deeper.html()); // text, and its address an autolink
        assertFalse(deeper.select("a").eachText().contains("deeper"), deeper.html());
    }

    @Test
    void tablesGetHeaderAndBody() {
        Document doc = dom("| City | Rain |\n|------|-----:|\n| Lima | 2 mm |\n| Quito | 14 mm |\n");

        assertEquals(List.of("City", "Rain"), doc.select("table > thead th").eachText());
        assertEquals(List.of("Lima", "2 mm", "Quito", "14 mm"), doc.select("table > tbody td").eachText());
    }

    @Test
    void tableAlignmentBecomesAClassNotTheObsoleteAttribute() {
        Document doc = dom("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");

        assertEquals(List.of("align-left", "align-center", "align-right"), doc.select("tbody td").eachAttr("class"));
        assertTrue(doc.select("[align]").isEmpty());
    }

    @Test
    void tableRowsArePaddedOrCutToTheHeadersWidth() {
        Document doc = dom("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n");

        assertEquals(List.of(2, 2), doc.select("tbody tr").stream().map(tr -> tr.select("td").size()).toList());
    }

    @Test
    void strikethroughUsesDel() {
        assertEquals("<p>The <del>old</del> new figure</p>\n", html("The ~~old~~ new figure"));
    }

    @Test
    void urlsBecomeLinks() {
        Element link = dom("Read https://example.org/report now.").selectFirst("a");

        assertEquals("https://example.org/report", link.attr("href"));
        assertEquals("https://example.org/report", link.text());
    }

    @Test
    void wwwAutolinksGetAScheme() {
        Element link = dom("See www.example.org for more.").selectFirst("a");

        assertEquals("http://www.example.org", link.attr("href"));
        assertEquals("www.example.org", link.text());
    }

    @Test
    void emailAddressesBecomeMailLinks() {
        Element link = dom("Write to newsroom@example.org today.").selectFirst("a");

        assertEquals("mailto:newsroom@example.org", link.attr("href"));
        assertEquals("newsroom@example.org", dom("<newsroom@example.org>").selectFirst("a").text());
        assertEquals("mailto:newsroom@example.org", dom("<newsroom@example.org>").selectFirst("a").attr("href"));
    }

    @Test
    void taskListsHaveDisabledCheckboxesWithoutReadonly() {
        Document doc = dom("- [ ] call the ministry\n- [x] file the story\n");

        List<Element> boxes = doc.select("li.task-list-item > input[type=checkbox]");
        assertEquals(2, boxes.size());
        assertFalse(boxes.get(0).hasAttr("checked"));
        assertTrue(boxes.get(1).hasAttr("checked"));
        for (Element box : boxes) {
            assertTrue(box.hasAttr("disabled"));
            assertFalse(box.hasAttr("readonly"));
        }
        assertEquals(List.of("call the ministry", "file the story"), doc.select("li.task-list-item").eachText());
    }

    @Test
    void footnotesLinkBothWays() {
        Document doc = dom("Turnout was 71%[^1].\n\n[^1]: Electoral council figures.\n");

        Element ref = doc.selectFirst("sup > a.footnote-ref");
        assertEquals("#fn-1", ref.attr("href"));
        Element note = doc.selectFirst("div.footnotes li#fn-1");
        assertEquals("Electoral council figures. ↩", note.text());
        assertEquals("#fnref-1", note.selectFirst("a.footnote-backref").attr("href"));
        assertEquals("fnref-1", doc.selectFirst("sup").id());
    }

    @Test
    void headingsGetIdsAndLinkToThemselves() {
        Document doc = dom("## What happens next\n\ntext\n");

        Element heading = doc.selectFirst("h2");
        Element anchor = heading.selectFirst("a.anchor");
        assertEquals("what-happens-next", anchor.id());
        assertEquals("#what-happens-next", anchor.attr("href"));
        assertEquals("What happens next", anchor.text());
    }

    @Test
    void headingIdsAreUnique() {
        Document doc = dom("## Reaction\n\n## Reaction\n");

        List<String> ids = doc.select("h2 a.anchor").eachAttr("id");
        assertEquals(2, ids.size());
        assertFalse(ids.get(0).equals(ids.get(1)), ids.toString());
    }

    @Test
    void aBodyUsingTopLevelHeadingsIsDemoted() {
        Document doc = dom("# Background\n\n## Detail\n\n###### Deepest\n");

        assertTrue(doc.select("h1").isEmpty());
        assertEquals("Background", doc.selectFirst("h2").text());
        assertEquals("Detail", doc.selectFirst("h3").text());
        assertEquals("Deepest", doc.selectFirst("h6").text());
    }

    @Test
    void headingsInsideQuotesAreDemotedToo() {
        Document doc = dom("> # Quoted\n\n## After\n");

        assertTrue(doc.select("h1").isEmpty());
        assertEquals("Quoted", doc.selectFirst("blockquote h2").text());
        assertEquals("After", doc.selectFirst("h3").text());
    }

    @Test
    void aBodyWithoutTopLevelHeadingsKeepsItsLevels() {
        Document doc = dom("## Section\n\n### Sub\n");

        assertEquals("Section", doc.selectFirst("h2").text());
        assertEquals("Sub", doc.selectFirst("h3").text());
    }

    @Test
    void rawHtmlPassesWhenUnsafeHtmlIsOn() {
        String html = UNSAFE.render("<figure class=\"embed\"><iframe src=\"https://video.example.org/1\"></iframe></figure>\n\n"
                + "Inline <mark>mark</mark>.", "/", "/").html();

        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals("https://video.example.org/1", doc.selectFirst("figure.embed > iframe").attr("src"));
        assertEquals("mark", doc.selectFirst("p > mark").text());
    }

    @Test
    void rawHtmlIsEscapedWhenUnsafeHtmlIsOff() {
        String html = SAFE.render("<script>alert(1)</script>\n\nInline <b onmouseover=\"x()\">bold</b>.", "/", "/").html();

        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<b "), html);
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;b onmouseover=&quot;x()&quot;&gt;bold&lt;/b&gt;"), html);
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.select("script, b").isEmpty());
    }

    @Test
    void escapingHtmlStillRendersMarkdown() {
        String html = SAFE.render("**bold** and | a |\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", "/", "/").html();

        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertTrue(html.contains("<table>"), html);
    }

    @Test
    void wordsAreCounted() {
        RenderedMarkdown rendered = UNSAFE.render("## Two words\n\nThe minister's long-awaited plan, 2026 edition.\n", "/", "/");

        assertEquals(8, rendered.wordCount());
    }

    @Test
    void wordCountIgnoresMarkupAndPunctuation() {
        assertEquals(6, UNSAFE.render("Zürich's well-known café ١٢٣ naïve — O’Brien", "/", "/").wordCount());
        assertEquals(4, UNSAFE.render("Fish\\*and chips &amp; peas", "/", "/").wordCount()); // one text, pieced
        assertEquals(3, UNSAFE.render("**One** — _two_ … [three](/x)!", "/", "/").wordCount());
        assertEquals(0, UNSAFE.render("", "/", "/").wordCount());
        assertEquals(0, UNSAFE.render("--- \n\n* * *\n", "/", "/").wordCount());
    }

    @Test
    void readingTimeIsAtLeastOneMinute() {
        assertEquals(1, UNSAFE.render("Short.", "/", "/").readingMinutes());
        assertEquals(2, UNSAFE.render("word ".repeat(460), "/", "/").readingMinutes());
    }

    @Test
    void oneRendererServesManyDocuments() {
        MarkdownRenderer renderer = new MarkdownRenderer(true);

        String first = renderer.render("[a](/x)", "/one/", "/one/").html();
        String second = renderer.render("[a](/x)", "/two/", "/two/").html();

        assertEquals("<p><a href=\"/one/x\">a</a></p>\n", first);
        assertEquals("<p><a href=\"/two/x\">a</a></p>\n", second);
    }

    @Test
    void anImageFlexmarkLeavesOutsideTheDocumentStillGetsItsLine() {
        // a task list, an undefined footnote and a nested list: flexmark's post-processors leave
        // the image with a parent outside the document, and the build failed with a stack trace
        RenderedMarkdown md = new MarkdownRenderer(true).render(
                "- [x] ~~struck~~\n\n  ![](/img/x.png \"t\")mailto:[^note]\n  - </span>~~struck~~\n", "/", "/");
        assertEquals(List.of(new ImageRef("/img/x.png", 3, false)), md.images());
        assertTrue(md.html().contains("<img src=\"/img/x.png\""), md.html());
    }

    @Test
    void anImageSaysWhetherItIsDescribedAndAReferenceStyleImageIsFoundToo() {
        RenderedMarkdown md = new MarkdownRenderer(true).render(
                "![A map of the coast](map.png)\n\n![](rule.png)\n\n![ ][chart] and ![Rain][chart]\n\n[chart]: /c.png\n",
                "/", "/");
        assertEquals(List.of(new ImageRef("map.png", 1, true), new ImageRef("rule.png", 3, false),
                new ImageRef("/c.png", 5, false), new ImageRef("/c.png", 5, true)), md.images());
    }

    @Test
    void imagesAfterThePagesFirstLoadLazilyAndCarryTheirSize() {
        MarkdownRenderer renderer = new MarkdownRenderer(true);
        ImageSizer sizer = src -> src.equals("a.png")
                ? java.util.Optional.of(new org.broadsheet.source.ImageFiles.Size(640, 360)) : java.util.Optional.empty();
        RenderedMarkdown md = renderer.render("![A](a.png)\n\n![B](b.png)\n", "/", "/", sizer, false);
        org.jsoup.select.Elements images = org.jsoup.Jsoup.parseBodyFragment(md.html()).select("img");
        assertEquals("", images.get(0).attr("loading"));
        assertEquals("640", images.get(0).attr("width"));
        assertEquals("360", images.get(0).attr("height"));
        assertEquals("lazy", images.get(1).attr("loading"));
        assertEquals("", images.get(1).attr("width"));
        assertEquals(java.util.List.of(new ImageRef("a.png", 1, true), new ImageRef("b.png", 3, true)), md.images());
        RenderedMarkdown withLead = renderer.render("![A](a.png)\n", "/", "/", sizer, true);
        assertEquals("lazy", org.jsoup.Jsoup.parseBodyFragment(withLead.html()).selectFirst("img").attr("loading"));
    }
}
