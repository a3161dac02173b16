/**
 * The fifth stage: pages. {@link org.broadsheet.pages.PagePlanner} lists every page the site
 * model calls for (articles, front page, listings, feeds, sitemap) and checks that no two share
 * a file; {@link org.broadsheet.render.PageRenderer} renders one page through FreeMarker
 * ({@link org.broadsheet.template.TemplateEngine}) from plain, read-only view records
 * ({@link org.broadsheet.view.Views}), which templates read through
 * {@link org.broadsheet.template.ViewWrapper} without reflection. Pages are independent, so they
 * render in parallel.
 */
package org.broadsheet.render;
