/**
 * The third stage: turns an article's Markdown body into HTML with one flexmark parser and
 * renderer built once ({@link org.broadsheet.markdown.MarkdownRenderer}), resolving its links
 * against the site's base path ({@link org.broadsheet.markdown.SiteLinkResolver}) and measuring
 * its text for summaries and reading time ({@link org.broadsheet.markdown.RenderedMarkdown}).
 * Where flexmark reads text a character at a time through its sequences, the hot paths read the
 * document's string instead ({@link org.broadsheet.markdown.DocumentStretch}: text, autolinks,
 * word counts). An {@code .html} article's body passes through as it is
 * ({@link org.broadsheet.markdown.MarkdownStage}); Liquid and Hugo shortcodes left in a body are
 * noted for a warning ({@link org.broadsheet.markdown.TemplateCode}). A body that nests too deeply,
 * or holds far more lines, headings, links or other elements of one kind than any article, is
 * refused at the line past the limit ({@link org.broadsheet.markdown.RefusedBodyException}).
 */
package org.broadsheet.markdown;
