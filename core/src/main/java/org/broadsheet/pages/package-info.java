/**
 * The fifth stage: pages. {@link org.broadsheet.pages.PagePlanner} lists every page and file the
 * site model calls for (articles, front pages, listings, feeds, {@link org.broadsheet.pages.Sitemaps
 * sitemaps}, the search index, the {@link org.broadsheet.pages.ThemeAssets theme's files}), each
 * at the path the model assigned, and has {@link org.broadsheet.model.OutputClaims} check that no
 * two share a file. A {@link org.broadsheet.pages.Page} says only what it is, where it goes and
 * which template renders it; what the template receives is the view's.
 */
package org.broadsheet.pages;
