/**
 * Broadsheet's facade ({@link org.broadsheet.Broadsheet}), which runs the build pipeline one
 * stage after another, and its command line ({@link org.broadsheet.Main}). The stages live in
 * the packages named after what they produce: source, frontmatter, markdown, model, render,
 * output; problem holds what they report. Services that use the pipeline through the facade
 * have packages of their own: scaffold, serve, check.
 */
package org.broadsheet;
