package org.broadsheet.pages;

import org.broadsheet.config.Language;

/**
 * A fixed page that only needs the site: robots.txt, 404.html, the thanks page after a reply;
 * {@code kind} is its {@code page.kind}, {@code titleKey} the text of its title.
 */
public record SimplePage(String outputPath, String template, String kind, String titleKey, Language language)
        implements Page {
    public String owner() {
        return "the built-in " + outputPath;
    }
}
