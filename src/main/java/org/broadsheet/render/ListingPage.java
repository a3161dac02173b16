package org.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.broadsheet.config.Language;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;

/** One page of a section's, tag's or author's articles. */
public record ListingPage(Listing listing, Language language, int number, int count, int size) implements Page {
    public String outputPath() {
        return pathOf(number) + "index.html";
    }

    public String owner() {
        return "the " + kind() + " page of \"" + listing.name() + "\"";
    }

    public String template() {
        return "listing.ftlh";
    }

    private String kind() {
        return listing.kind().name().toLowerCase(Locale.ROOT);
    }

    public Map<String, Object> model(Views views) {
        Map<String, Object> model = Page.base(views, language, newPageView(views));
        String feed = Page.hasFeed(listing) ? views.base().link(listing.path() + "feed.xml") : null;
        Views.PaginationView pagination = new Views.PaginationView(number, count, views.base().link(pathOf(1)),
                number > 1 ? views.base().link(pathOf(number - 1)) : null,
                number < count ? views.base().link(pathOf(number + 1)) : null);
        List<Views.TermView> periods = listing.kind() != Listing.Kind.YEAR ? List.of()
                : edition(views).monthsOf(listing).stream().map(m -> new Views.TermView(m.name(),
                        views.base().link(m.path()), m.articles().size())).toList();
        model.put("listing", new Views.ListingView(kind(), listing.slug(), listing.name(),
                views.base().link(listing.path()), views.base().absolute(listing.path()),
                listing.articles().size(), views.articles(slice()), pagination, feed, periods, profile(views)));
        return model;
    }

    private Views.ProfileView profile(Views views) {
        return listing.kind() == Listing.Kind.AUTHOR ? views.profile(listing.slug(), language.code(), listing.name()) : null;
    }

    private Edition edition(Views views) {
        return views.model().editions().stream().filter(e -> e.language().equals(language)).findFirst()
                .orElseThrow();
    }

    private Views.PageView newPageView(Views views) {
        Messages.Lookup t = views.messages(language);
        List<Views.FeedLink> feeds = new ArrayList<>(List.of(views.siteFeed(language)));
        if (Page.hasFeed(listing)) {
            feeds.add(new Views.FeedLink(listing.name(), views.base().link(listing.path() + "feed.xml")));
        }
        String title = number == 1 ? listing.name() : listing.name() + " (" + t.text("page_n", number) + ")";
        Views.ProfileView profile = profile(views);
        String description = profile != null && !profile.bio().isEmpty() ? profile.bio()
                : t.text(kind() + "_description", listing.name());
        Views.PageView page = views.page(kind(), title, description, pathOf(number), language.code(), feeds,
                number == 1 ? views.versions(listing.kind(), listing.slug()) : Map.of(language.code(), pathOf(number)));
        String image = profile != null && profile.photo() != null ? profile.photo().absUrl() : page.image();
        return page.withMeta(listing.kind() == Listing.Kind.AUTHOR ? "profile" : "website", page.canonical(),
                image, StructuredData.listing(kind(), listing.name(), page.absUrl(), views.site(language), profile));
    }

    private List<Article> slice() {
        int from = (number - 1) * size;
        return listing.articles().subList(from, Math.min(from + size, listing.articles().size()));
    }

    private String pathOf(int n) {
        return n == 1 ? listing.path() : listing.path() + "page/" + n + "/";
    }
}
