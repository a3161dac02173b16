/**
 * Broadsheet's facade ({@link org.broadsheet.Broadsheet}), which runs the build pipeline one
 * stage after another, and its command line ({@link org.broadsheet.Main}). The stages live in
 * the packages named after what they produce: source, frontmatter, markdown, model, render,
 * output, with config, authors and comments for the settings, profiles and replies they read;
 * problem holds what they report, cache what a build keeps for the next one, and yaml and json
 * read and write plain data for all of them. Beside the facade are the stages' runners (article
 * reading and parsing, publishing) and {@link org.broadsheet.EditPreview}, which renders a few
 * pages again from a kept build for the dev server. Services that use the pipeline through the
 * facade have packages of their own: scaffold, serve, check, and for reader replies intake and
 * moderation.
 */
package org.broadsheet;
