/**
 * Scaffolding: new site folders ({@link org.broadsheet.scaffold.SiteScaffold}) and new
 * articles with their front matter filled in ({@link org.broadsheet.scaffold.ArticleScaffold}).
 * It writes only files that do not exist yet; the texts of a new site are resources under
 * {@code /scaffold/site/}. Nothing here builds: the build reads what this writes.
 */
package org.broadsheet.scaffold;
