package org.broadsheet.pages;

import org.broadsheet.config.FrontPageSettings;
import org.broadsheet.model.Edition;
import org.broadsheet.model.SitePaths;

/** An edition's front page: the lead story, the latest articles after it, and a block per section, as {@code settings} say. */
public record FrontPage(Edition edition, FrontPageSettings settings) implements Page {
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
