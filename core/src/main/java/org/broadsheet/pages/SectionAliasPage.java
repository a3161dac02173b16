package org.broadsheet.pages;

import org.broadsheet.config.Language;
import org.broadsheet.model.Listing;
import org.broadsheet.problem.SourcePosition;

/**
 * A page at a section's old path that sends readers and search engines to the section's page;
 * {@code line} is where the section's front page ({@code world/_index.md}) names its
 * {@code aliases}.
 */
public record SectionAliasPage(String outputPath, int line, Listing section, Language language) implements Page {
    public String owner() {
        return section.intro().source() + " (alias " + AliasPage.sitePath(outputPath) + ")";
    }

    /** The line of the front page that asks for this page. */
    SourcePosition position() {
        return SourcePosition.of(section.intro().source(), line);
    }

    public String template() {
        return "alias.ftlh";
    }
}
