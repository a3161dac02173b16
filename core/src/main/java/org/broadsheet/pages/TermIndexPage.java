package org.broadsheet.pages;

import java.util.List;
import org.broadsheet.config.Language;
import org.broadsheet.model.Listing;
import org.broadsheet.model.SitePaths;

/** The list of all tags, or of all authors, of an edition, with their article counts. */
public record TermIndexPage(String kind, Language language, List<Listing> listings) implements Page {
    public String outputPath() {
        return SitePaths.termIndex(language, kind);
    }

    public String owner() {
        return "the " + kind + " index";
    }

    public String template() {
        return "terms.ftlh";
    }
}
