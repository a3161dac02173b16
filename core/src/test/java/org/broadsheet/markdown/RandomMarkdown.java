package org.broadsheet.markdown;

import java.util.List;
import java.util.Random;

/**
 * Markdown documents made at random from fragments an article may hold (emphasis, links,
 * autolinks, e-mail addresses, entities, code, lists, quotes, tables, footnotes, raw HTML,
 * non-ASCII text), often glued together without a space, where parsers disagree most.
 * The same seed always gives the same documents.
 */
final class RandomMarkdown {

    private static final List<String> INLINE = List.of(
            "plain words", "Zürich", "café", "日本語", "ñandú", "😀", "naïve-ish", "x", ".", ",", ";", ":", "!", "?",
            "(", ")", "\"quoted\"", "'single'", "*em*", "**strong**", "_under_", "__double__", "***both***", "*", "_",
            "**", "~~struck~~", "~", "`code`", "``co`de``", "`", "\\*", "\\_", "\\`", "\\\\", "\\[",
            "[link](http://example.org/a)", "[link](</a b> \"title\")", "[ref][r]", "[r]", "[", "]", "](x)",
            "![alt](photo.jpg)", "![](/img/x.png \"t\")", "<http://example.org/auto>", "<ed@example.org>",
            "<mailto:ed@x.org>", "www.example.com", "WWW.EXAMPLE.COM", "https://example.org/path?q=1&r=2#frag",
            "http://x.org/(paren)", "ftp://files.example.org", "ed@x.org", "first.last+tag@sub.example.co.uk",
            "@handle", "a@b", "user@host.", "://", "www.", "http:", "mailto:", "&copy;", "&amp;", "&lt;", "&nbsp;",
            "&#27;", "&#x41;", "&#0;", "&bogus;", "&", "<b>bold</b>", "<span class=\"k\">", "</span>", "<br>",
            "<!-- note -->", "<?php x ?>", "<", ">", "[^1]", "[^note]", "  \n", "\\\n", "\t", "-", "+", "#", "|",
            "1.", "2)", "---", "===", "\r\n");

    private static final List<String> BLOCK = List.of(
            "", "", "", "", "- ", "* ", "+ ", "1. ", "2) ", "> ", "> > ", "# ", "## ", "###### ", "    ", "- [ ] ",
            "- [x] ", "  - ", "   ", "[r]: http://example.org/ref \"Ref\"\n", "[^1]: A footnote with ed@x.org\n",
            "[^note]: Note.\n", "```\n", "~~~ js\n", "<div>\n", "| a | b |\n|---|:-:|\n| ", "---\n", "***\n",
            "Title\n===\n", "\n");

    private final Random random;

    RandomMarkdown(long seed) {
        this.random = new Random(seed);
    }

    /** The next document: a few lines, each a block marker and some inline fragments. */
    String next() {
        StringBuilder document = new StringBuilder();
        int lines = 1 + random.nextInt(10);
        for (int line = 0; line < lines; line++) {
            document.append(pick(BLOCK));
            int fragments = 1 + random.nextInt(8);
            for (int i = 0; i < fragments; i++) {
                if (i > 0 && random.nextInt(3) > 0) {
                    document.append(' ');
                }
                document.append(pick(INLINE));
            }
            document.append(random.nextInt(4) == 0 ? "\n\n" : "\n");
        }
        return document.toString();
    }

    private String pick(List<String> fragments) {
        return fragments.get(random.nextInt(fragments.size()));
    }
}
