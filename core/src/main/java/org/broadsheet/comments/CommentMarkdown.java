package org.broadsheet.comments;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders the Markdown of a reply, which anyone may have written, so that it can do no harm:
 * raw HTML is always shown as text, links may only go to http(s) and mailto addresses (a
 * {@code javascript:} or {@code data:} link, or any other, becomes its plain text), every link
 * gets {@code rel="nofollow ugc noopener"}, an image becomes a link to it (or its text), and a
 * heading becomes a paragraph, so a reply cannot shout over the article. Thread-safe.
 */
public final class CommentMarkdown {

    /** What a reader's link carries: no search-engine credit, user content, no window.opener. */
    public static final String REL = "nofollow ugc noopener";

    private static final Pattern SAFE_IMAGE = Pattern.compile("(?i)https?://\\S+");

    /** The HTML of a reply and its plain text (for structured data). */
    public record Rendered(String html, String text) {
    }

    private final Parser parser;
    private final HtmlRenderer renderer;

    /** For readers' replies: every link {@code rel="nofollow ugc noopener"}. */
    public CommentMarkdown() {
        this(REL);
    }

    /**
     * With the same safety, for a newsroom's own short texts (an article's corrections): their
     * links carry {@code rel} instead, "" for none, since the site vouches for them.
     */
    public CommentMarkdown(String rel) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(StrikethroughExtension.create(), AutolinkExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        // flexmark renders a suppressed link as its text; every link that is not http(s) or mailto is
        // one. The pattern sees the URL as written, before entities are decoded, so "&#x6A;avascript:"
        // cannot hide a scheme from it.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)(?!https?://|mailto:|www\\.).*");
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(o -> new SafeNodes())
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> {
                            if (part == AttributablePart.LINK && !rel.isEmpty()) {
                                attributes.replaceValue("rel", rel);
                            }
                        };
                    }
                }).build();
    }

    /** The reply's HTML and text, without the characters that could reorder the page around it. */
    public Rendered render(String markdown) {
        String html = renderer.render(parser.parse(ReplyFile.shownText(markdown))).strip();
        return new Rendered(html, text(html));
    }

    /**
     * The text a reader sees, from the HTML rendered above: every '<' in it starts one of the
     * renderer's own tags (a reader's is escaped), so removing tags and decoding the five
     * entities the renderer writes gives the text back.
     */
    private static String text(String html) {
        return html.replaceAll("<(/?(p|li|ul|ol|blockquote|pre|br|hr)\\b)[^>]*>", " ").replaceAll("<[^>]*>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /** Images and headings as a reply may show them. */
    private static final class SafeNodes implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Image.class, (node, context, html) ->
                            image(node.getUrl().unescape(), node, context, html)),
                    new NodeRenderingHandler<>(ImageRef.class, (node, context, html) -> {
                        Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
                        image(reference == null ? "" : reference.getUrl().unescape(), node, context, html);
                    }),
                    new NodeRenderingHandler<>(Heading.class, (node, context, html) -> {
                        html.tag("p");
                        context.renderChildren(node);
                        html.tag("/p").line();
                    }));
        }

        /** A link to the image with its alt text; only the text inside another link or for an unsafe URL. */
        private static void image(String url, Node node, NodeRendererContext context, HtmlWriter html) {
            boolean inLink = node.getAncestorOfType(Link.class, LinkRef.class) != null;
            if (inLink || !SAFE_IMAGE.matcher(url.strip()).matches()) {
                context.renderChildren(node);
                return;
            }
            html.attr("href", url.strip()).attr("rel", REL).withAttr().tag("a");
            if (node.hasChildren()) {
                context.renderChildren(node);
            } else {
                html.text(url.strip());
            }
            html.tag("/a");
        }
    }
}
