/**
 * The fourth stage: the site model. {@link org.broadsheet.model.SiteAssembler} turns rendered
 * articles into {@link org.broadsheet.model.Article}s with URLs, and groups them into
 * sections, tags and authors, newest first. The model is immutable and holds no page HTML.
 * Paths are assigned here: an article's ({@link org.broadsheet.model.ArticlePlacer}), a
 * listing's and its pages' ({@link org.broadsheet.model.Listing#pagePath}), a page's versions
 * in other languages ({@link org.broadsheet.model.Alternate}); and
 * {@link org.broadsheet.model.OutputClaims} refuses two that would be written to one place.
 */
package org.broadsheet.model;
