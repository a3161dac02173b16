package org.broadsheet.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.config.Publisher;
import org.broadsheet.json.Json;

/**
 * The schema.org JSON-LD of pages, as search engines and news aggregators read it: a
 * {@code NewsArticle} with its {@code BreadcrumbList} on articles (a {@code WebPage} on
 * standalone pages), a {@code CollectionPage} or
 * {@code ProfilePage} on listings, a {@code WebSite} on front pages. Built from the same view
 * records the templates see, and written with {@link Json}, which keeps it safe in a script.
 */
final class StructuredData {

    private static final String CONTEXT = "https://schema.org";

    private StructuredData() {
    }

    /**
     * @param origin    the site's origin ({@code https://example.org}), to make links absolute
     * @param logo      the publisher's logo as an absolute URL, or empty
     * @param canonical the page's canonical URL
     */
    static String article(ArticleView article, CommentViews.CommentsView comments, SiteView site,
            String origin, Publisher publisher, String logo, String canonical) {
        // a standalone page (About us) is no news: Google News would list it as a story
        Map<String, Object> news = node(article.kind().equals("page") ? "WebPage" : "NewsArticle");
        news.put("headline", article.title());
        news.put("description", article.summary().isEmpty() ? null : article.summary());
        news.put("datePublished", article.date().iso());
        news.put("dateModified", article.lastModified().iso());
        List<Object> authors = new ArrayList<>();
        article.authors().forEach(a -> authors.add(person(a.name(), origin + a.url())));
        news.put("author", authors.isEmpty() ? null : authors);
        news.put("image", article.image() == null ? null
                : article.image().crops().isEmpty() ? List.of(article.image().socialUrl()) : article.image().crops());
        news.put("articleSection", article.section() == null ? null : article.section().name());
        news.put("keywords", article.tags().isEmpty() ? null
                : String.join(", ", article.tags().stream().map(LinkView::name).toList()));
        news.put("inLanguage", article.lang());
        news.put("wordCount", article.wordCount());
        news.put("url", article.absUrl());
        news.put("mainEntityOfPage", Json.object("@type", "WebPage", "@id", canonical));
        news.put("publisher", organisation(publisher, logo));
        news.put("correction", article.corrections().isEmpty() ? null : article.corrections().stream()
                .map(c -> (Object) Json.object("@type", "CorrectionComment", "datePublished", c.date().iso(), "text",
                        c.text())).toList());
        news.put("commentCount", comments.count());
        news.put("comment", comments.threads().isEmpty() ? null : comments(comments.threads()));
        List<Object> crumbs = new ArrayList<>();
        crumbs.add(crumb(1, site.title(), site.absUrl()));
        if (article.section() != null) {
            crumbs.add(crumb(2, article.section().name(), origin + article.section().url()));
        }
        crumbs.add(crumb(crumbs.size() + 1, article.title(), article.absUrl()));
        Map<String, Object> breadcrumbs = node("BreadcrumbList");
        breadcrumbs.put("itemListElement", crumbs);
        return graph(news, breadcrumbs);
    }

    static String listing(String kind, String name, String url, SiteView site, ProfileView profile) {
        Map<String, Object> page = node(kind.equals("author") ? "ProfilePage" : "CollectionPage");
        page.put("name", name);
        page.put("url", url);
        page.put("inLanguage", site.lang());
        page.put("isPartOf", Json.object("@type", "WebSite", "name", site.title(), "url", site.absUrl()));
        if (kind.equals("author")) {
            Map<String, Object> person = person(name, url);
            if (profile != null) {
                person.put("jobTitle", profile.role().isEmpty() ? null : profile.role());
                person.put("image", profile.photo() == null ? null : profile.photo().absUrl());
                person.put("description", profile.bio().isEmpty() ? null : profile.bio());
                List<String> pages = profile.links().stream().map(LinkView::url)
                        .filter(link -> link.regionMatches(true, 0, "http", 0, 4)).toList();
                person.put("sameAs", pages.isEmpty() ? null : pages);
            }
            page.put("mainEntity", person);
        }
        return graph(page);
    }

    static String website(SiteView site, Publisher publisher, String logo) {
        Map<String, Object> website = node("WebSite");
        website.put("name", site.title());
        website.put("description", site.description().isEmpty() ? null : site.description());
        website.put("url", site.absUrl());
        website.put("inLanguage", site.lang());
        website.put("publisher", organisation(publisher, logo));
        return graph(website);
    }

    /** The replies, threaded, as schema.org Comments. */
    private static List<Object> comments(List<CommentViews.CommentView> replies) {
        List<Object> list = new ArrayList<>();
        for (CommentViews.CommentView reply : replies) {
            Map<String, Object> comment = node("Comment");
            comment.put("@id", reply.url());
            Map<String, Object> author = node("Person");
            author.put("name", reply.name());
            author.put("url", reply.website());
            comment.put("author", author);
            comment.put("dateCreated", reply.date().iso());
            comment.put("text", reply.text());
            comment.put("comment", reply.replies().isEmpty() ? null : comments(reply.replies()));
            list.add(comment);
        }
        return list;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        return node;
    }

    private static String graph(Object... nodes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("@context", CONTEXT);
        root.put("@graph", List.of(nodes));
        return Json.write(root);
    }

    private static Map<String, Object> person(String name, String url) {
        Map<String, Object> person = node("Person");
        person.put("name", name);
        person.put("url", url);
        return person;
    }

    private static Map<String, Object> organisation(Publisher publisher, String logo) {
        Map<String, Object> organisation = node("Organization");
        organisation.put("name", publisher.name());
        if (!logo.isEmpty()) {
            organisation.put("logo", Json.object("@type", "ImageObject", "url", logo));
        }
        return organisation;
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = node("ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }
}
