package org.broadsheet.article;

import java.util.Optional;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.frontmatter.FrontMatterParser;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.markdown.MarkdownRenderer;
import org.broadsheet.markdown.MarkdownStage;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.markdown.RefusedBodyException;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SourceText;

/**
 * The text of one article file to a rendered article: decode it, split and check its front
 * matter, render its Markdown into the body store. Thread-safe.
 */
public final class ArticleParsing {

    private final FrontMatterParser frontMatter;
    private final MarkdownStage markdown;

    public ArticleParsing(SiteConfig config, ImageFiles images, BodyStore bodies) {
        this.frontMatter = new FrontMatterParser(config.timezone());
        this.markdown = new MarkdownStage(new MarkdownRenderer(config.unsafeHtml()), bodies, config.baseUrl().path(),
                images);
    }

    /**
     * The article in {@code bytes}, the contents of {@code file}; empty when it has errors,
     * which go to {@code problems}.
     */
    public Optional<RenderedArticle> parse(SourceFile file, byte[] bytes, Problems problems) {
        try {
            return frontMatter.parse(file, SourceText.decode(bytes), problems).flatMap(parsed -> {
                try {
                    return Optional.of(markdown.render(parsed));
                } catch (RefusedBodyException e) {
                    problems.error(SourcePosition.of(file.sitePath(), parsed.bodyLine() + e.line() - 1), e.getMessage());
                    return Optional.empty();
                } catch (StackOverflowError e) {
                    // lists and quotes stop at the nesting limit; images or emphasis may still nest thousands deep
                    problems.error(SourcePosition.of(file.sitePath(), parsed.bodyLine()),
                            "is nested too deeply to render (images, links or emphasis inside each other)");
                    return Optional.empty();
                }
            });
        } catch (SourceText.UnreadableTextException e) {
            problems.error(SourcePosition.of(file.sitePath(), e.line()), e.getMessage());
            return Optional.empty();
        }
    }
}
