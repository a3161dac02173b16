package org.broadsheet.markdown;

import java.util.List;
import org.broadsheet.frontmatter.FileName;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.source.SourceFile;

/**
 * An article after the Markdown stage: everything but the body's HTML, which went to the
 * {@link BodyStore} under {@link #bodyKey()} so that the site model stays small.
 *
 * @param searchText the start of the body for the search index: see {@link SearchText}
 * @param links      the body's links to other articles' Markdown files, with their lines
 * @param templateCode Liquid and Hugo shortcodes left in the body outside code, with their lines
 */
public record RenderedArticle(SourceFile file, FileName fileName, FrontMatter frontMatter, String excerpt,
        String searchText, int wordCount, int readingMinutes, List<ImageRef> images,
        List<ArticleLink> links, List<TemplateCode> templateCode) {

    public RenderedArticle {
        images = List.copyOf(images);
        links = List.copyOf(links);
        templateCode = List.copyOf(templateCode);
    }

    /** The key of the body's HTML in the {@link BodyStore}. */
    public String bodyKey() {
        return file.contentPath();
    }
}
