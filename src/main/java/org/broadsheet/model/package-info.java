/**
 * The fourth stage: the site model. {@link org.broadsheet.model.SiteAssembler} turns rendered
 * articles into {@link org.broadsheet.model.Article}s with URLs, and groups them into
 * sections, tags and authors, newest first. The model is immutable and holds no page HTML.
 */
package org.broadsheet.model;
