package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * The plain text of a body, as summaries and word counts need it: text and code, without
 * images, raw HTML or footnote numbers. The excerpt is what comes before a {@code <!--more-->}
 * marker (on its own line or inside a paragraph), or else the first paragraph.
 */
final class Excerpts {

    private static final String MORE = "<!--more-->";
    private static final int LENGTH = 160;

    private Excerpts() {
    }

    /**
     * The excerpt of {@code document}; removes the marker, so it never shows on the page.
     *
     * @param mayHaveMarker false when the source has no "<!--" at all, which spares the search
     */
    static String take(Document document, boolean mayHaveMarker) {
        if (!mayHaveMarker) {
            return firstParagraph(document);
        }
        StringBuilder before = new StringBuilder();
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if ((block instanceof HtmlCommentBlock || block instanceof HtmlBlock) && isMore(block)) {
                block.unlink();
                return cut(before.toString());
            }
            if (block instanceof Paragraph) {
                for (Node inline = block.getFirstChild(); inline != null; inline = inline.getNext()) {
                    if ((inline instanceof HtmlInlineComment || inline instanceof HtmlInline) && isMore(inline)) {
                        inline.unlink();
                        return cut(before.toString());
                    }
                    appendText(inline, before);
                }
                before.append(' ');
            } else if (!(block instanceof Heading)) {
                appendText(block, before);
                before.append(' ');
            }
        }
        return firstParagraph(document);
    }

    private static String firstParagraph(Document document) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof Paragraph) {
                return cut(plainText(block));
            }
        }
        return "";
    }

    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder out) {
        if (node instanceof Text) {
            out.append(node.getChars());
        } else if (node instanceof Code code) {
            out.append(code.getText());
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            out.append(' ');
        } else if (!(node instanceof Footnote || node instanceof FootnoteBlock || node instanceof Image
                || node instanceof ImageRef || node instanceof HtmlInline || node instanceof HtmlBlock)) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                appendText(child, out);
                if (child instanceof Block) {
                    out.append(' '); // list items and cells are words apart
                }
            }
        }
    }

    private static boolean isMore(Node node) {
        return node.getChars().toString().strip().equalsIgnoreCase(MORE);
    }

    /** Plain text on one line, cut at the last word boundary before the limit, with an ellipsis. */
    static String cut(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= LENGTH) {
            return flat;
        }
        int end = flat.lastIndexOf(' ', LENGTH);
        if (end < LENGTH / 2) {
            end = LENGTH;
        }
        return flat.substring(0, end).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
    }

    /**
     * Words in the text of {@code node}, counted where they are, without copying the text: runs
     * of letters and digits, with apostrophes and hyphens inside a word.
     */
    static int countWords(Node node) {
        if (node instanceof Text || node instanceof Code) {
            return countWords(node instanceof Code code ? code.getText() : node.getChars());
        }
        if (node instanceof Footnote || node instanceof Image || node instanceof ImageRef
                || node instanceof HtmlInline || node instanceof HtmlBlock) {
            return 0;
        }
        int words = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            words += countWords(child);
        }
        return words;
    }

    /** As {@link #countWords(CharSequence, int, int)} over the whole text; from the document's string when it can. */
    static int countWords(CharSequence text) {
        if (text instanceof BasedSequence based) {
            String document = DocumentStretch.documentOf(based);
            if (document != null) {
                return countWords(document, based.getStartOffset(), based.getEndOffset());
            }
        }
        return countWords(text, 0, text.length());
    }

    /** Counts the words from {@code start} to {@code end}; a String is read many times faster than a sequence. */
    static int countWords(CharSequence text, int start, int end) {
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean letter = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (c == '\'' || c == '’' || c == '-'));
        }
        return words;
    }
}
