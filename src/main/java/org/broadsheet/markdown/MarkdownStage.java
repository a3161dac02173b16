package org.broadsheet.markdown;

import org.broadsheet.frontmatter.ParsedArticle;

/**
 * Renders a parsed article's body for the site at {@code basePath}, puts the HTML in the body
 * store, and passes on what the site model needs to know about the text.
 */
public final class MarkdownStage {

    private final MarkdownRenderer renderer;
    private final BodyStore bodies;
    private final String basePath;

    public MarkdownStage(MarkdownRenderer renderer, BodyStore bodies, String basePath) {
        this.renderer = renderer;
        this.bodies = bodies;
        this.basePath = basePath;
    }

    public RenderedArticle render(ParsedArticle article) {
        RenderedMarkdown markdown = renderer.render(article.body(), basePath, linkBase(article));
        RenderedArticle rendered = new RenderedArticle(article.file(), article.fileName(), article.frontMatter(),
                markdown.excerpt(), markdown.wordCount(), markdown.readingMinutes());
        bodies.put(rendered.bodyKey(), markdown.html());
        return rendered;
    }

    /**
     * Where relative links of the body point from. A bundle's files are copied next to its
     * page, so its links stay relative; a single file's neighbours keep their place under
     * {@code content/}, so its links resolve against its folder.
     */
    private String linkBase(ParsedArticle article) {
        String contentPath = article.file().contentPath();
        if (contentPath.matches("(.*/)?index(\\.[^/]+)?\\.md") && contentPath.contains("/")) {
            return "";
        }
        int slash = contentPath.lastIndexOf('/');
        return basePath + (slash < 0 ? "" : contentPath.substring(0, slash + 1));
    }
}
