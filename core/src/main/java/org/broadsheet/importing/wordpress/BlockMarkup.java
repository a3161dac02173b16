package org.broadsheet.importing.wordpress;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Reshapes the block editor's wrappers into the plain blocks flexmark's converter writes as
 * Markdown blocks of their own. Left as they are, a {@code <figure>} (image, embed, audio) is
 * written as inline text, glued to the paragraph before it or pulled into a quote above it,
 * and a quote's {@code <cite>} runs into its last paragraph.
 */
final class BlockMarkup {

    /** Elements that are blocks in Markdown too; inline content beside them is put in a paragraph. */
    private static final List<String> BLOCKS = List.of("p", "div", "table", "pre", "blockquote", "ul", "ol", "dl",
            "h1", "h2", "h3", "h4", "h5", "h6", "hr", "section", "article", "aside", "details", "form", "address");

    private BlockMarkup() {
    }

    /** The HTML with each figure unwrapped into blocks and each quote's citation a paragraph of its own. */
    static String reshape(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        for (Element cite : document.body().select("blockquote > cite")) {
            // as themes show it: a line of its own under the quote
            cite.replaceWith(new Element("p").appendText("\u2014 ").appendChildren(cite.childNodesCopy()));
        }
        for (Element wrapper : document.body().select("div.wp-block-embed__wrapper")) {
            String url = wrapper.text().strip();
            if (wrapper.children().isEmpty() && url.matches("https?://\\S+")) {
                // the URL alone is how the block editor stores an embed WordPress fetches on display: a link here
                wrapper.replaceWith(new Element("p").appendChild(new Element("a").attr("href", url).text(url)));
            }
        }
        Elements figures = document.body().select("figure");
        for (int i = figures.size() - 1; i >= 0; i--) { // innermost first
            unwrap(figures.get(i));
        }
        List<Node> blocks = blocks(document.body().childNodesCopy());
        document.body().empty().appendChildren(blocks);
        return document.body().html();
    }

    /** Replaces a figure by what it holds, inline content as a paragraph, then its caption as an emphasised one. */
    private static void unwrap(Element figure) {
        Element caption = null;
        List<Node> content = new ArrayList<>();
        for (Node child : figure.childNodesCopy()) {
            if (child instanceof Element e && e.tagName().equals("figcaption")) {
                e.select("em, i").unwrap(); // emphasis inside emphasis would end it early
                caption = new Element("p").appendChild(new Element("em").appendChildren(e.childNodesCopy()));
            } else {
                content.add(child);
            }
        }
        List<Node> blocks = blocks(content);
        if (caption != null) {
            blocks.add(caption);
        }
        for (Node block : blocks) {
            figure.before(block);
        }
        figure.remove();
    }

    /**
     * The nodes as blocks: block elements as they are, each run of text and inline elements
     * between them in a paragraph (a shortcode block's text, a figure's image), blank text left out.
     */
    private static List<Node> blocks(List<Node> nodes) {
        List<Node> blocks = new ArrayList<>();
        Element run = null;
        for (Node node : nodes) {
            if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                blocks.add(e);
                run = null;
            } else if (!(node instanceof TextNode t && t.isBlank())) {
                if (run == null) {
                    run = new Element("p");
                    blocks.add(run);
                }
                run.appendChild(node);
            }
        }
        return blocks;
    }
}
