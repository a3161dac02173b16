package org.broadsheet.view;

/**
 * A correction appended to an article.
 *
 * @param html its text rendered from inline Markdown, safe to print as it is
 * @param text its plain text, for structured data
 */
public record CorrectionView(DateView date, String html, String text) {
}
