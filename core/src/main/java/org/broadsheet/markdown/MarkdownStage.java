package org.broadsheet.markdown;

import java.util.List;
import org.broadsheet.frontmatter.ParsedArticle;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;

/**
 * Renders a parsed article's body for the site at {@code basePath}, puts the HTML in the body
 * store, and passes on what the site model needs to know about the text.
 */
public final class MarkdownStage {

    private final MarkdownRenderer renderer;
    private final ImageFiles images;
    private final BodyStore bodies;
    private final String basePath;

    /** @param images the site's image files, for the sizes of images; null to give none */
    public MarkdownStage(MarkdownRenderer renderer, BodyStore bodies, String basePath, ImageFiles images) {
        this.renderer = renderer;
        this.images = images;
        this.bodies = bodies;
        this.basePath = basePath;
    }

    public RenderedArticle render(ParsedArticle article) {
        String contentPath = article.file().contentPath();
        ImageSizer sizer = images == null ? ImageSizer.NONE : new SiteImages(images, contentPath);
        RenderedMarkdown markdown = SourceFile.isHtml(contentPath) ? html(article.body())
                : renderer.renderArticle(article.body(), basePath, linkBase(article),
                        contentPath.substring(0, contentPath.lastIndexOf('/') + 1), sizer,
                        article.frontMatter().image().isPresent());
        List<ImageRef> refs = markdown.images().stream()
                .map(image -> new ImageRef(image.src(), article.bodyLine() + image.line() - 1, image.described())).toList();
        List<ArticleLink> links = markdown.links().stream().map(link -> link.movedBy(article.bodyLine() - 1)).toList();
        String summary = article.frontMatter().summaryOr(markdown.excerpt());
        RenderedArticle rendered = new RenderedArticle(article.file(), article.fileName(), article.frontMatter(),
                markdown.excerpt(), SearchText.of(markdown.html(), summary, SearchText.WORDS), markdown.wordCount(),
                markdown.readingMinutes(), refs, links, TemplateCode.in(article.frontMatter(), article.body(), article.bodyLine()));
        bodies.put(rendered.bodyKey(), markdown.html());
        return rendered;
    }

    /**
     * An HTML body, as Jekyll and Hugo take a {@code .html} content file: passed through as it
     * is, its text measured for the excerpt and the reading time.
     */
    private static RenderedMarkdown html(String body) {
        String text = PlainText.firstWords(body, 100_000);
        return new RenderedMarkdown(body, Excerpts.cut(PlainText.firstWords(body, 60)), Excerpts.countWords(text),
                List.of(), List.of());
    }

    /**
     * Where relative links of the body point from. A bundle's files are copied next to its
     * page, so its links stay relative; a single file's neighbours keep their place under
     * {@code content/}, so its links resolve against its folder.
     */
    private String linkBase(ParsedArticle article) {
        String contentPath = article.file().contentPath();
        if (SourceFile.isBundleIndex(contentPath)) {
            return "";
        }
        int slash = contentPath.lastIndexOf('/');
        return basePath + (slash < 0 ? "" : contentPath.substring(0, slash + 1));
    }
}
