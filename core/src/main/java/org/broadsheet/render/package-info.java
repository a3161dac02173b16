/**
 * The seventh stage: rendering. {@link org.broadsheet.render.Publishing} renders the planned
 * pages in parallel ({@link org.broadsheet.render.PageRenderer}) and hands them to the writer. A
 * page's {@link org.broadsheet.render.Fingerprints fingerprint} is its template's with the
 * templates it includes and the hash of the model its template receives; a page whose
 * fingerprint matches the last build's is not rendered again, so no input a template can see
 * is left out of it.
 */
package org.broadsheet.render;
