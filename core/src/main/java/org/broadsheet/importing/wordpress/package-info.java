/**
 * {@code broadsheet import wordpress}: a WordPress export (WXR) into a Broadsheet site folder. A
 * pipeline of its own: {@link org.broadsheet.importing.wordpress.WxrReader} streams the export
 * into records, {@link org.broadsheet.importing.wordpress.WordPressHtml} turns post HTML into
 * Markdown, {@link org.broadsheet.importing.wordpress.ArticleWriter} and
 * {@link org.broadsheet.importing.wordpress.CommentWriter} write the site's files, never over an
 * existing one, and {@link org.broadsheet.importing.wordpress.ImportReport} says what became of
 * every item. {@link org.broadsheet.importing.wordpress.WordPressImport} runs them in order.
 */
package org.broadsheet.importing.wordpress;
