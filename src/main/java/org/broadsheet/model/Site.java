package org.broadsheet.model;

import java.util.List;
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
 */
public record Site(
        SiteConfig config,
        List<Article> articles,
        List<Article> pages,
        List<Listing> sections,
        List<Listing> tags,
        List<Listing> authors,
        List<Asset> assets) {

    public Site {
        articles = List.copyOf(articles);
        pages = List.copyOf(pages);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        authors = List.copyOf(authors);
        assets = List.copyOf(assets);
    }
}
