package org.broadsheet.render;

import java.util.List;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;

/** The list of all tags, or of all authors, of an edition, with their article counts. */
public record TermIndexPage(String kind, Language language, List<Listing> listings) implements Page {
    public String outputPath() {
        return language.path(kind + "/index.html");
    }

    public String owner() {
        return "the " + kind + " index";
    }

    public String template() {
        return "terms.ftlh";
    }

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = Page.base(views, language, newPageView(views));
        model.put("terms", listings.stream().map(l -> new Views.TermView(l.name(),
                views.base().link(l.path()), l.articles().size())).toList());
        return model;
    }

    private Views.PageView newPageView(Views views) {
        String title = views.messages(language).text(kind);
        return views.page(kind + "-index", title, views.messages(language).text("index_description", title,
                language.title()), language.path(kind + "/"), language.code(), List.of(views.siteFeed(language)),
                views.everyEdition(kind + "/"));
    }
}
