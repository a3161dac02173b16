package org.broadsheet.frontmatter;

import org.broadsheet.source.SourceFile;

/**
 * An article split and checked: its file, its front matter, and its Markdown body, which
 * starts at line {@code bodyLine} of the file.
 */
public record ParsedArticle(SourceFile file, FileName fileName, FrontMatter frontMatter, String body, int bodyLine) {
}
