package org.broadsheet.model;

/**
 * An old path of an article, or of a section's page, from the front matter's {@code aliases},
 * that redirects to it.
 *
 * @param outputFile the file written at the old path: {@code world/old-headline/index.html}
 * @param line       the line of {@code aliases} in the source, for errors
 */
public record Alias(String outputFile, int line) {
}
