package org.broadsheet.comments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A reply's Markdown: whatever a reader writes, the HTML can do no harm. */
class CommentMarkdownTest {

    private final CommentMarkdown markdown = new CommentMarkdown();

    private String html(String text) {
        return markdown.render(text).html();
    }

    @Test
    void aReplyCannotReorderThePageAroundIt() {
        CommentMarkdown.Rendered r = markdown.render("see \u202Ehttps://example.org/\u2066fdp.exe and *\u202Bمرحبا\u200F 1\u200D*");
        assertEquals("<p>see <a href=\"https://example.org/fdp.exe\" rel=\"nofollow ugc noopener\">https://example.org/fdp.exe</a>"
                + " and <em>مرحبا\u200F 1\u200D</em></p>", r.html());
        assertEquals("see https://example.org/fdp.exe and مرحبا\u200F 1\u200D", r.text());
    }

    @Test
    void rawHtmlIsAlwaysText() {
        assertEquals("<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;b onclick=&quot;x()&quot;&gt;bold&lt;/b&gt;</p>",
                html("<script>alert(1)</script> <b onclick=\"x()\">bold</b>"));
        assertEquals("<p>&lt;div&gt;</p>\n<p>block</p>\n<p>&lt;/div&gt;</p>", html("<div>\n\nblock\n\n</div>"));
        assertEquals("<p>&lt;iframe src=&quot;https://evil.example&quot;&gt;&lt;/iframe&gt;</p>",
                html("<iframe src=\"https://evil.example\"></iframe>"));
    }

    @Test
    void linksAreNofollowUgcNoopener() {
        assertEquals("<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"nofollow ugc noopener\">site</a> and "
                + "<a href=\"https://example.org/x\" rel=\"nofollow ugc noopener\">https://example.org/x</a> and "
                + "<a href=\"http://www.example.com\" rel=\"nofollow ugc noopener\">www.example.com</a></p>",
                html("[site](https://example.org/a?b=1&c=2) and https://example.org/x and www.example.com"));
        assertEquals("<p><a href=\"mailto:a@example.org\" rel=\"nofollow ugc noopener\">mail</a></p>",
                html("[mail](mailto:a@example.org)"));
    }

    @Test
    void scriptDataAndOtherUrlsBecomeTheirText() {
        assertEquals("<p>a b c d e f g</p>", html("[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) "
                + "[c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:msgbox) [e](&#x6A;avascript:alert(1)) "
                + "[f](/relative/path) [g](java%0ascript:alert(1))"));
        assertEquals("<p>ref</p>", html("[ref][1]\n\n[1]: javascript:alert(1)"));
        assertEquals("<p>javascript:alert(1)</p>", html("<javascript:alert(1)>"));
    }

    @Test
    void imagesAreLinksNeverEmbedded() {
        assertEquals("<p><a href=\"https://example.org/cat.png\" rel=\"nofollow ugc noopener\">a cat</a></p>",
                html("![a cat](https://example.org/cat.png)"));
        assertEquals("<p>pixel</p>", html("![pixel](data:image/png;base64,iVBORw0KGgo=)"));
        assertEquals("<p>x</p>", html("![x](javascript:alert(1))"));
        assertEquals("<p><a href=\"https://example.org/\" rel=\"nofollow ugc noopener\">inner</a></p>",
                html("[![inner](https://example.org/i.png)](https://example.org/)"));
        assertEquals("<p><a href=\"https://example.org/r.png\" rel=\"nofollow ugc noopener\">r</a></p>",
                html("![r][i]\n\n[i]: https://example.org/r.png"));
    }

    @Test
    void headingsAreParagraphsSoAReplyCannotShoutOverTheArticle() {
        assertEquals("<p>Big</p>\n<p>text</p>\n<p>Also</p>", html("# Big\n\ntext\n\nAlso\n===="));
    }

    @Test
    void theTextIsPlainForStructuredData() {
        assertEquals("Hello world & friends <b>", markdown.render("Hello *world*\n\n& friends <b>").text());
    }
}
