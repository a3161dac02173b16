/**
 * The dev server behind {@code broadsheet serve}: it builds the site through the facade
 * ({@link org.broadsheet.Broadsheet#build}) into a private folder, serves it on the loopback
 * address under the path of the site's {@code baseUrl}, watches the site folder, rebuilds after
 * each save and tells the open pages it changed to reload over Server-Sent Events. Before that
 * build, the pages a save changes are shown at once from the last build's site model, when the
 * facade's {@link org.broadsheet.EditPreview} can render them. A failed build keeps the
 * last good site served and shows its errors over each page. The reload script and the error
 * overlay are added to pages as they are served; they are never written into a build's output.
 */
package org.broadsheet.serve;
