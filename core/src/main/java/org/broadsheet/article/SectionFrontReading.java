package org.broadsheet.article;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.frontmatter.FrontMatterParser;
import org.broadsheet.frontmatter.SectionFront;
import org.broadsheet.markdown.MarkdownRenderer;
import org.broadsheet.markdown.RefusedBodyException;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SourceText;

/**
 * Reads the sections' front pages ({@code world/_index.md}, Hugo's), a handful per site: their
 * front matter, and their body rendered as the introduction of the section's page.
 */
public final class SectionFrontReading {

    /** A section's front page, with its body as HTML ("" when it has none). */
    public record SectionIntro(SectionFront front, String html) {
    }

    private final FrontMatterParser frontMatter;
    private final MarkdownRenderer markdown;
    private final String basePath;

    public SectionFrontReading(SiteConfig config) {
        this.frontMatter = new FrontMatterParser(config.timezone());
        this.markdown = new MarkdownRenderer(config.unsafeHtml());
        this.basePath = config.baseUrl().path();
    }

    /** The section front pages among {@code files}, by path; what is wrong with them goes to {@code problems}. */
    public List<SectionIntro> readAll(List<SourceFile> files, Problems problems) {
        List<SectionIntro> intros = new ArrayList<>();
        for (SourceFile file : files.stream().filter(SourceFile::isSectionFront).toList()) {
            try {
                byte[] bytes = Files.readAllBytes(file.path());
                if (bytes.length > ArticleReading.MAX_ARTICLE_BYTES) {
                    problems.error(SourcePosition.of(file.sitePath()), "is larger than "
                            + (ArticleReading.MAX_ARTICLE_BYTES >> 20) + " MB; a section's front page that large is"
                            + " most likely a mistake");
                    continue;
                }
                frontMatter.parseSectionFront(file, SourceText.decode(bytes), problems)
                        .ifPresent(front -> intros.add(new SectionIntro(front, html(front))));
            } catch (SourceText.UnreadableTextException e) {
                problems.error(SourcePosition.of(file.sitePath(), e.line()), e.getMessage());
            } catch (RefusedBodyException e) {
                problems.error(SourcePosition.of(file.sitePath()), e.getMessage());
            } catch (IOException e) {
                problems.error(SourcePosition.of(file.sitePath()), "cannot be read: " + e.getMessage());
            }
        }
        return intros;
    }

    private String html(SectionFront front) {
        return front.body().isBlank() ? "" : markdown.render(front.body(), basePath, "").html();
    }
}
