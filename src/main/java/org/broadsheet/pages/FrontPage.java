package org.broadsheet.pages;

import org.broadsheet.model.Edition;
import org.broadsheet.model.SitePaths;

/** An edition's front page: the lead story, the {@code latest} articles after it, {@code perSection} per section. */
public record FrontPage(Edition edition, int latest, int perSection) implements Page {
    public String outputPath() {
        return SitePaths.frontPage(edition.language());
    }

    public String owner() {
        return "the front page";
    }

    public String template() {
        return "index.ftlh";
    }
}
