package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders Markdown bodies: CommonMark with GitHub's tables, strikethrough, autolinks and task
 * lists, footnotes, and headings with ids that link to themselves. The parser and renderer are
 * built once and are safe to share between threads.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    /**
     * @param unsafeHtml true to pass raw HTML (news embeds) through, false to escape it as text
     */
    public MarkdownRenderer(boolean unsafeHtml) {
        this(unsafeHtml, false);
    }

    /**
     * @param stock true for flexmark as it comes, without Broadsheet's faster replacements of its
     *              parts ({@link FastText}, {@link FastInlineParser}, the filter of
     *              {@link FastAutolinks}), but for the one intended difference, that autolinks are
     *              found in each text node on its own: what the test that they render alike
     *              compares with
     */
    MarkdownRenderer(boolean unsafeHtml, boolean stock) {
        MutableDataSet options = new MutableDataSet();
        List<Extension> extensions = new ArrayList<>(List.of(
                TablesExtension.create(),
                StrikethroughExtension.create(),
                new FastAutolinks(!stock),
                TaskListExtension.create(),
                FootnoteExtension.create(),
                AnchorLinkExtension.create()));
        if (!stock) {
            extensions.add(new FastText());
        }
        options.set(Parser.EXTENSIONS, extensions);
        // GitHub's table rules: no column spans, rows padded or cut to the header's width.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // The defaults add readonly, which HTML allows on text inputs only. A form control needs a
        // name for screen readers; the ballot-box characters give one in no particular language
        // (screen readers speak a character's name in the reader's own).
        options.set(TaskListExtension.ITEM_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" checked disabled aria-label=\"\u2611\">");
        options.set(TaskListExtension.ITEM_NOT_DONE_MARKER,
                "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled aria-label=\"\u2610\">");
        // Headings get an id, and their text links to it, so any section can be shared.
        options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(AnchorLinkExtension.ANCHORLINKS_SET_ID, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true);
        options.set(AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS, "anchor");
        options.set(HtmlRenderer.ESCAPE_HTML, !unsafeHtml);
        // The HTML as it is rendered, without a second pass that re-indents it: same output, faster.
        options.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        // SiteLinkResolver makes script URLs "#" in any letter case. flexmark's own filter knows
        // only lowercase "javascript:", and drops such a link's anchor, or an image and its alt text.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        options.set(FootnoteExtension.FOOTNOTE_BACK_LINK_REF_CLASS, "footnote-backref");
        // flexmark looks for attributes embedded by an extension (none of these embeds any) among the
        // children of every node it writes a tag for: for each footnote, among all of the document's
        options.set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false);
        if (!stock) {
            FastHeadings.replaceCore(options);
            FastFences.replaceCore(options);
            FastThematicBreaks.replaceCore(options);
        }
        Parser.Builder parsing = Parser.builder(options);
        if (!stock) {
            FastInlineParser.install(parsing).customBlockParserFactory(new NestingLimit())
                    .customBlockParserFactory(new FastHeadings()).customBlockParserFactory(new FastFences())
                    .customBlockParserFactory(new FastThematicBreaks());
        }
        this.parser = parsing.build();
        this.renderer = HtmlRenderer.builder(options).linkResolverFactory(new SiteLinkResolver.Factory())
                .attributeProviderFactory(AlignmentClasses.factory())
                .attributeProviderFactory(ImageAttributes.factory())
                .nodeRendererFactory(settings -> new WebpPictures()).build();
    }

    /**
     * Renders one body for a site whose base path is {@code basePath} (e.g. {@code /news/}),
     * resolving relative links against {@code pagePath} (e.g. {@code /news/world/}), or leaving
     * them relative when it is empty.
     */
    public RenderedMarkdown render(String markdown, String basePath, String pagePath) {
        return render(markdown, basePath, pagePath, ImageSizer.NONE, false);
    }

    /**
     * Renders a body whose images get their sizes from {@code sizer}; with {@code leadImage}, the
     * page shows an image above the body, so all of the body's images load lazily.
     */
    public RenderedMarkdown render(String markdown, String basePath, String pagePath, ImageSizer sizer,
            boolean leadImage) {
        BlockCounts.lines(markdown);
        return render(parser.parse(markdown), markdown, basePath, pagePath, sizer, leadImage);
    }

    /**
     * Renders an article's body, whose links to Markdown files name other articles
     * ({@link ArticleLink}); {@code contentFolder} is the article's folder under
     * {@code content/} ({@code world/}, or "" at the top).
     */
    public RenderedMarkdown renderArticle(String markdown, String basePath, String pagePath, String contentFolder,
            ImageSizer sizer, boolean leadImage) {
        BlockCounts.lines(markdown);
        Document document = parser.parse(markdown);
        document.set(SiteLinkResolver.ARTICLE_LINKS, true);
        document.set(SiteLinkResolver.CONTENT_FOLDER, contentFolder);
        return render(document, markdown, basePath, pagePath, sizer, leadImage);
    }

    private RenderedMarkdown render(Document document, String markdown, String basePath, String pagePath,
            ImageSizer sizer, boolean leadImage) {
        document.set(SiteLinkResolver.BASE_PATH, basePath);
        document.set(SiteLinkResolver.PAGE_PATH, pagePath);
        document.set(ImageAttributes.SIZER, sizer);
        document.set(ImageAttributes.LEAD_IMAGE, leadImage);
        String excerpt = Excerpts.take(document, markdown.contains("<!--"));
        demoteHeadings(document);
        int words = Excerpts.countWords(document);
        List<ImageRef> images = new ArrayList<>();
        List<ArticleLink> links = new ArrayList<>();
        collect(document, document, new LineIndex(markdown), images, links);
        return new RenderedMarkdown(renderer.render(document), excerpt, words, images, links);
    }

    /**
     * The body's images, and its links to other articles when it is an article's, as written,
     * with their lines counted from the body's first line.
     */
    private static void collect(Document document, Node parent, LineIndex lines, List<ImageRef> images,
            List<ArticleLink> links) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Image image) {
                images.add(new ImageRef(image.getUrl().toString(), lines.lineOf(image.getStartOffset()) + 1,
                        !image.getText().isBlank()));
            } else if (node instanceof com.vladsch.flexmark.ast.ImageRef ref && ref.isDefined()) {
                com.vladsch.flexmark.ast.Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    images.add(new ImageRef(reference.getUrl().toString(), lines.lineOf(ref.getStartOffset()) + 1,
                            !ref.getText().isBlank()));
                }
            } else if (node instanceof com.vladsch.flexmark.ast.Link link) {
                articleLink(document, link.getUrl().toString(), lines.lineOf(node.getStartOffset()) + 1, links);
            } else if (node instanceof com.vladsch.flexmark.ast.LinkRef ref && ref.isDefined()) {
                com.vladsch.flexmark.ast.Reference reference = ref.getReferenceNode(document);
                if (reference != null) {
                    articleLink(document, reference.getUrl().toString(), lines.lineOf(node.getStartOffset()) + 1, links);
                }
            }
            if (node.hasChildren()) {
                collect(document, node, lines, images, links);
            }
        }
    }

    private static void articleLink(Document document, String url, int line, List<ArticleLink> links) {
        if (SiteLinkResolver.ARTICLE_LINKS.get(document)) {
            ArticleLink.target(url, SiteLinkResolver.CONTENT_FOLDER.get(document))
                    .ifPresent(target -> links.add(new ArticleLink(url, target, line)));
        }
    }

    /** The article's title is the page's only h1, so a body that uses "#" moves down a level. */
    private static void demoteHeadings(Document document) {
        List<Heading> headings = new ArrayList<>();
        collectHeadings(document, headings);
        if (headings.stream().anyMatch(h -> h.getLevel() == 1)) {
            headings.forEach(h -> h.setLevel(Math.min(6, h.getLevel() + 1)));
        }
    }

    private static void collectHeadings(Node parent, List<Heading> into) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                into.add(heading);
            } else if (node.hasChildren()) {
                collectHeadings(node, into);
            }
        }
    }
}
