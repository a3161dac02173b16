package org.broadsheet.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.config.FrontPageSettings;
import org.broadsheet.config.Language;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;
import org.broadsheet.model.SitePaths;
import org.broadsheet.pages.FrontPage;
import org.broadsheet.pages.ListingPage;
import org.broadsheet.pages.Page;
import org.broadsheet.pages.SectionAliasPage;
import org.broadsheet.pages.TermIndexPage;

/** The models of the pages that list articles: the front page, listings, and the tag and author indexes. */
final class ListingModels {

    private final Views views;

    ListingModels(Views views) {
        this.views = views;
    }

    Map<String, Object> front(FrontPage front) {
        Edition edition = front.edition();
        Language language = edition.language();
        PageView page = views.pages().page("home", language.title(), language.description(), language.path(""),
                language.code(), List.of(views.pages().siteFeed(language)), views.pages().everyEdition(""));
        Map<String, Object> model = PageModels.base(views, language, page.withMeta("website", page.canonical(),
                page.image(), StructuredData.website(views.site(language), views.model().config().publisher(),
                        views.pages().logo())));
        // the editor's pins first (featured or weighted: lower weight, then newer, first), the lead among them;
        // then the rest, newest first
        List<Article> ordered = new ArrayList<>(edition.pinned());
        Set<Article> pinned = Collections.newSetFromMap(new IdentityHashMap<>());
        pinned.addAll(edition.pinned());
        edition.articles().stream().filter(a -> !pinned.contains(a)).forEach(ordered::add);
        Article first = ordered.isEmpty() ? null : ordered.get(0);
        ArticleView lead = first == null ? null : views.article(first);
        FrontPageSettings settings = front.settings();
        List<Article> others = ordered.stream().skip(1).limit(settings.latest()).toList();
        List<ArticleView> rest = views.articles(others);
        List<SectionBlock> blocks = sectionsInOrder(edition, settings).stream()
                .filter(section -> settings.storiesOf(section.slug()) > 0)
                .map(section -> new SectionBlock(views.link(section), views.articles(section.articles()
                        .subList(0, Math.min(settings.storiesOf(section.slug()), section.articles().size())))))
                .toList();
        model.put("front", new FrontView(lead, rest, blocks));
        return model;
    }

    /** The edition's sections: those the front page settings name first, in their order, then the others. */
    private static List<Listing> sectionsInOrder(Edition edition, FrontPageSettings settings) {
        List<Listing> ordered = new ArrayList<>();
        settings.sections().keySet().forEach(slug -> edition.sections().stream()
                .filter(section -> section.slug().equals(slug)).findFirst().ifPresent(ordered::add));
        edition.sections().stream().filter(section -> !settings.sections().containsKey(section.slug()))
                .forEach(ordered::add);
        return ordered;
    }

    Map<String, Object> listing(ListingPage page) {
        Listing listing = page.listing();
        ProfileView profile = profile(page);
        Map<String, Object> model = PageModels.base(views, page.language(), pageView(page, profile));
        String feed = Page.hasFeed(listing) ? views.base().link(SitePaths.feedOf(listing.path())) : null;
        int number = page.number();
        PaginationView pagination = new PaginationView(number, page.count(), views.base().link(page.pathOf(1)),
                number > 1 ? views.base().link(page.pathOf(number - 1)) : null,
                number < page.count() ? views.base().link(page.pathOf(number + 1)) : null);
        List<TermView> periods = listing.kind() != Listing.Kind.YEAR ? List.of()
                : edition(page.language()).monthsOf(listing).stream().map(m -> new TermView(m.name(),
                        views.base().link(m.path()), m.articles().size())).toList();
        String intro = number == 1 ? listing.intro().html() : "";
        model.put("listing", new ListingView(page.kind(), listing.slug(), listing.name(),
                views.base().link(listing.path()), views.base().absolute(listing.path()), listing.articles().size(),
                views.articles(page.articles()), pagination, feed, periods, profile, listing.intro().description(),
                intro.isEmpty() ? null : Deferred.html(Fingerprint.of(intro), () -> intro)));
        return model;
    }

    /** A section's old path, from its front page's {@code aliases}. */
    Map<String, Object> alias(SectionAliasPage alias) {
        Listing section = alias.section();
        return PageModels.redirect(views, alias.language(), alias.outputPath(), section.path(), new LinkTarget(
                section.name(), views.base().link(section.path()), views.base().absolute(section.path())));
    }

    /** Where an old path leads, as {@code alias.ftlh} shows it. */
    public record LinkTarget(String title, String url, String absUrl) {
    }

    private ProfileView profile(ListingPage page) {
        Listing listing = page.listing();
        return listing.kind() == Listing.Kind.AUTHOR
                ? views.profile(listing.slug(), page.language().code(), listing.name()) : null;
    }

    private Edition edition(Language language) {
        return views.model().editions().stream().filter(e -> e.language().equals(language)).findFirst()
                .orElseThrow();
    }

    private PageView pageView(ListingPage listingPage, ProfileView profile) {
        Listing listing = listingPage.listing();
        Language language = listingPage.language();
        int number = listingPage.number();
        Messages.Lookup t = views.messages(language);
        List<FeedLink> feeds = new ArrayList<>(List.of(views.pages().siteFeed(language)));
        if (Page.hasFeed(listing)) {
            feeds.add(new FeedLink(listing.name(), views.base().link(SitePaths.feedOf(listing.path()))));
        }
        String title = number == 1 ? listing.name() : listing.name() + " (" + t.text("page_n", number) + ")";
        String kind = listingPage.kind();
        String description = profile != null && !profile.bio().isEmpty() ? profile.bio()
                : !listing.intro().description().isEmpty() ? listing.intro().description()
                : t.text(kind + "_description", listing.name());
        String path = listingPage.pathOf(number);
        PageView page = views.pages().page(kind, title, description, path, language.code(), feeds,
                number == 1 ? views.pages().versions(listing.kind(), listing.slug()) : Map.of(language.code(), path));
        String image = profile != null && profile.photo() != null ? profile.photo().absUrl() : page.image();
        return page.withMeta(listing.kind() == Listing.Kind.AUTHOR ? "profile" : "website", page.canonical(),
                image, StructuredData.listing(kind, listing.name(), page.absUrl(), views.site(language), profile));
    }

    Map<String, Object> terms(TermIndexPage terms) {
        Language language = terms.language();
        Messages.Lookup t = views.messages(language);
        String title = t.text(terms.kind());
        PageView page = views.pages().page(terms.kind() + "-index", title,
                t.text("index_description", title, language.title()), language.path(terms.kind() + "/"),
                language.code(), List.of(views.pages().siteFeed(language)),
                views.pages().everyEdition(terms.kind() + "/"));
        Map<String, Object> model = PageModels.base(views, language, page);
        model.put("terms", terms.listings().stream().map(l -> new TermView(l.name(),
                views.base().link(l.path()), l.articles().size())).toList());
        return model;
    }
}
