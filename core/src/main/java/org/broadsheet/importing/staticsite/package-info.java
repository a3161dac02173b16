/**
 * A service: {@code broadsheet import jekyll DIR} and {@code broadsheet import hugo DIR} copy a
 * Jekyll blog's posts or a Hugo site's content into a Broadsheet site, never over a file that is
 * there, rewriting the common Liquid tags and Hugo shortcodes into Markdown and HTML
 * ({@link org.broadsheet.importing.staticsite.TemplateRewriter}) and listing every one left, at
 * its file and line ({@link org.broadsheet.importing.staticsite.StaticSiteImport}).
 */
package org.broadsheet.importing.staticsite;
