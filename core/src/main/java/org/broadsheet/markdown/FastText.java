package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders text as flexmark's core renderer does (backslash escapes and entities resolved, line
 * ends made \n, HTML escaped), but text with none of those in it, most of a news body, goes
 * straight from the document's string to the HTML escaper: resolving nothing through a
 * sequence took a fifth of rendering a body. The escaper is a loop over the string, where
 * flexmark's runs a regular expression over every text node.
 */
final class FastText implements HtmlRenderer.HtmlRendererExtension {

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    /** The text of {@code chars}, resolved and HTML-escaped as flexmark's {@code HtmlWriter.text} escapes it. */
    static String escaped(BasedSequence chars) {
        String document = DocumentStretch.documentOf(chars);
        if (document != null) {
            int start = chars.getStartOffset();
            int end = chars.getEndOffset();
            boolean plain = true;
            for (int i = start; i < end && plain; i++) {
                char c = document.charAt(i);
                plain = c != '\\' && c != '&' && c != '\r';
            }
            if (plain) {
                return escapeHtml(document, start, end);
            }
        }
        String text = Escaping.normalizeEOL(chars.unescape());
        return escapeHtml(text, 0, text.length());
    }

    /**
     * {@code & < > "} as entities, the rest as it is, as flexmark's escaper does; a control
     * character, which only an entity such as {@code &#27;} can bring, as U+FFFD.
     */
    static String escapeHtml(String text, int start, int end) {
        StringBuilder out = null;
        int copied = start;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                // a control character written as an entity (&#27;): no page or feed may carry it
                default -> c < 0x20 && c != '\n' && c != '\t' ? "\uFFFD" : null;
            };
            if (entity != null) {
                if (out == null) {
                    out = new StringBuilder(end - start + 16);
                }
                out.append(text, copied, i).append(entity);
                copied = i + 1;
            }
        }
        return out == null ? text.substring(start, end) : out.append(text, copied, end).toString();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, Renderer::render),
                    // an entity (&copy;, &#27;) is resolved and escaped as text is
                    new NodeRenderingHandler<>(HtmlEntity.class, (node, context, html) -> html.raw(escaped(node.getChars()))));
        }

        private static void render(Text node, NodeRendererContext context, HtmlWriter html) {
            html.raw(escaped(node.getChars()));
        }
    }
}
