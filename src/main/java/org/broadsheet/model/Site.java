package org.broadsheet.model;

import java.util.List;
import java.util.Optional;
import org.broadsheet.config.SiteConfig;

/**
 * The whole site as the pages see it.
 *
 * @param articles published articles, newest first
 * @param pages    standalone pages such as "About", by path
 * @param sections sections in the configured order, then by name
 * @param tags     tags by slug
 * @param authors  authors by slug
 * @param assets   files published as they are, by output path
 * @param nextScheduled the article left out because it is dated after the build's "now" that
 *                 is due first, if any
 */
public record Site(
        SiteConfig config,
        List<Article> articles,
        List<Article> pages,
        List<Listing> sections,
        List<Listing> tags,
        List<Listing> authors,
        List<Asset> assets,
        Optional<Article> nextScheduled) {

    public Site {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        assets = List.copyOf(assets);
    }
}
