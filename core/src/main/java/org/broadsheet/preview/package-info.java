/**
 * Previews of edits for the dev server: {@link org.broadsheet.preview.KeptBuild} keeps what a
 * build made (its site model, pages, templates, texts and replies) and renders again, at once,
 * the few pages a save changes, exactly as the next build will. It sits on top of the pipeline
 * and uses its stages directly; the server sees it only through the facade's
 * {@code EditPreview}.
 */
package org.broadsheet.preview;
