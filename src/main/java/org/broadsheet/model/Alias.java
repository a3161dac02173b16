package org.broadsheet.model;

/**
 * An old path of an article, from its front matter's {@code aliases}, that redirects to it.
 *
 * @param outputFile the file written at the old path: {@code world/old-headline/index.html}
 * @param line       the line of {@code aliases} in the article's source, for errors
 */
public record Alias(String outputFile, int line) {
}
