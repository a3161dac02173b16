package org.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The excerpt of a body: before {@code <!--more-->}, or else the first paragraph, cut near 160 characters. */
class MarkdownRenderer_ExcerptTest {

    private static final MarkdownRenderer UNSAFE = new MarkdownRenderer(true);
    private static final MarkdownRenderer SAFE = new MarkdownRenderer(false);

    private static final String LONG_PARAGRAPH = "The finance ministry said on Thursday that the budget vote, "
            + "first planned for the autumn session, would be delayed until after the regional elections "
            + "because talks with the opposition over pension reform had stalled again.";

    @Test
    void theMoreMarkerEndsTheExcerpt() {
        RenderedMarkdown rendered = UNSAFE.render("Lead paragraph.\n\nSecond paragraph.\n\n<!--more-->\n\nThe rest.\n", "/", "/");

        assertEquals("Lead paragraph. Second paragraph.", rendered.excerpt());
    }

    @Test
    void theMoreMarkerIsRemovedFromTheHtml() {
        String html = UNSAFE.render("Lead.\n\n<!--more-->\n\nThe rest.\n", "/", "/").html();

        assertEquals("<p>Lead.</p>\n<p>The rest.</p>\n", html);
    }

    @Test
    void theMoreMarkerIsRemovedWhenHtmlIsEscaped() {
        RenderedMarkdown rendered = SAFE.render("Lead.\n\n<!--more-->\n\nThe rest.\n", "/", "/");

        assertEquals("<p>Lead.</p>\n<p>The rest.</p>\n", rendered.html());
        assertFalse(rendered.html().contains("more"), rendered.html());
        assertEquals("Lead.", rendered.excerpt());
    }

    @Test
    void theMoreMarkerRightUnderAParagraphWorks() {
        RenderedMarkdown rendered = SAFE.render("Lead.\n<!--more-->\nThe rest.\n", "/", "/");

        assertEquals("Lead.", rendered.excerpt());
        assertFalse(rendered.html().contains("more--"), rendered.html());
    }

    @Test
    void theMoreMarkerIgnoresCase() {
        RenderedMarkdown rendered = UNSAFE.render("Lead.\n\n<!--MORE-->\n\nRest.\n", "/", "/");

        assertEquals("Lead.", rendered.excerpt());
        assertEquals("<p>Lead.</p>\n<p>Rest.</p>\n", rendered.html());
    }

    @Test
    void onlyTheFirstMoreMarkerCounts() {
        RenderedMarkdown rendered = UNSAFE.render("One.\n\n<!--more-->\n\nTwo.\n\n<!--more-->\n\nThree.\n", "/", "/");

        assertEquals("One.", rendered.excerpt());
        assertTrue(rendered.html().contains("Two."), rendered.html());
    }

    @Test
    void headingsBeforeTheMarkerAreLeftOutOfTheExcerpt() {
        RenderedMarkdown rendered = UNSAFE.render("## Key points\n\nRates held.\n\n<!--more-->\n\nMore.\n", "/", "/");

        assertEquals("Rates held.", rendered.excerpt());
    }

    @Test
    void withoutAMarkerTheFirstParagraphIsTheExcerpt() {
        RenderedMarkdown rendered = UNSAFE.render("## Heading\n\nFirst *paragraph* here.\n\nSecond paragraph.\n", "/", "/");

        assertEquals("First paragraph here.", rendered.excerpt());
    }

    @Test
    void aLongFirstParagraphIsCutAtAWordWithAnEllipsis() {
        String excerpt = UNSAFE.render(LONG_PARAGRAPH + "\n\nNext.\n", "/", "/").excerpt();

        assertTrue(excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.length() <= 161, excerpt.length() + ": " + excerpt);
        assertTrue(excerpt.length() > 100, excerpt.length() + ": " + excerpt);
        String kept = excerpt.substring(0, excerpt.length() - 1);
        assertTrue(LONG_PARAGRAPH.startsWith(kept), excerpt);
        assertEquals(' ', LONG_PARAGRAPH.charAt(kept.length()), "cut inside a word: " + excerpt);
        assertEquals("The finance ministry said on Thursday that the budget vote, first planned for the autumn session, "
                + "would be delayed until after the regional elections because…", excerpt);
    }

    @Test
    void aLongExcerptBeforeTheMarkerIsCutToo() {
        String excerpt = UNSAFE.render(LONG_PARAGRAPH + "\n\n<!--more-->\n\nRest.\n", "/", "/").excerpt();

        assertTrue(excerpt.endsWith("…"), excerpt);
        assertTrue(excerpt.length() <= 161, excerpt);
    }

    @Test
    void lineBreaksInTheExcerptBecomeSpaces() {
        assertEquals("One line and another.", UNSAFE.render("One line\nand   another.\n", "/", "/").excerpt());
    }

    @Test
    void aBodyWithoutParagraphsHasAnEmptyExcerpt() {
        assertEquals("", UNSAFE.render("## Only a heading\n\n- a list\n", "/", "/").excerpt());
        assertEquals("", UNSAFE.render("", "/", "/").excerpt());
    }

    @Test
    void shortTextIsNotCut() {
        assertEquals("Short text.", Excerpts.cut("  Short\ttext.  "));
        String exactly160 = "x".repeat(160);
        assertEquals(exactly160, Excerpts.cut(exactly160));
    }

    @Test
    void cuttingDropsTrailingPunctuationBeforeTheEllipsis() {
        String text = "word ".repeat(25) + "end, of the sentence continues for a good while longer than allowed here";

        String cut = Excerpts.cut(text);

        assertTrue(cut.endsWith("…"), cut);
        assertFalse(cut.matches(".*[\\s,;:.-]…$"), cut);
    }

    @Test
    void aSingleVeryLongWordIsCutAtTheLimit() {
        String cut = Excerpts.cut("a " + "x".repeat(300));

        assertEquals(161, cut.length());
        assertTrue(cut.endsWith("x…"), cut);
    }

    @Test
    void footnoteNumbersAreNotPartOfTheExcerpt() {
        assertEquals("Rates rose again.", UNSAFE.render("Rates rose again.[^1]\n\n[^1]: Source: the bank.\n", "/", "/").excerpt());
    }

    @Test
    void aMoreMarkerInsideAParagraphEndsTheExcerptAndIsRemoved() {
        RenderedMarkdown md = SAFE.render("The lead sentence. <!--more--> The rest.\n", "/", "/");
        assertEquals("The lead sentence.", md.excerpt());
        assertFalse(md.html().contains("more"), md.html());
    }
}
