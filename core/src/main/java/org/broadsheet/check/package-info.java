/**
 * {@code broadsheet check}: builds the site through the facade into a temporary folder and
 * reads what a reader and a crawler would get. It reports broken internal links and
 * {@code #anchors}, missing images and files, images without alt text, pages nothing links
 * to, duplicate titles, and feeds and sitemaps that do not parse, each at the source
 * article's file and line where the page has one ({@link org.broadsheet.check.SourceLines});
 * and files of the reply intake's {@code replies/} folder that the output or git would publish.
 */
package org.broadsheet.check;
