/**
 * Broadsheet's facade ({@link org.broadsheet.Broadsheet}), which runs the build pipeline one
 * stage after another, and its command line ({@link org.broadsheet.Main}). The stages live in
 * the packages named after what they produce: source, frontmatter, markdown, model, render,
 * output; problem holds what they report. Beside the facade are the stages' runners (article
 * reading and parsing, publishing) and {@link org.broadsheet.EditPreview}, which renders a few
 * pages again from a kept build for the dev server. Services that use the pipeline through the
 * facade have packages of their own: scaffold, serve, check.
 */
package org.broadsheet;
