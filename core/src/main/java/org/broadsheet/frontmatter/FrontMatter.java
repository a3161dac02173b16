package org.broadsheet.frontmatter;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The checked front matter of one article. Texts that were left out are empty; keys
 * Broadsheet does not know are kept in {@code extra} for templates.
 *
 * @param date    when the article is published: the later of {@code date} (or the file name's) and
 *                {@code publishDate}; in the site's zone unless it gave an offset
 * @param section the section it names, or empty to take the folder's
 * @param slug    the slug it names, or empty to take the file name's
 * @param lang    its BCP 47 language, or empty for the site's
 * @param draft   whether it waits as a draft: {@code draft: true} or {@code published: false}
 * @param expires when it leaves the site ({@code expiryDate} or {@code expires}), if ever
 * @param layout  the template to render it with instead of the default, or empty
 * @param translationKey what links it to its translations, or empty to use its path
 * @param canonical the URL search engines should treat as the original, or empty for its own
 * @param aliases  old paths of the article, each to get a page that redirects to it
 * @param lines   the line of each key in the file, for problems found by later stages
 */
public record FrontMatter(
        String title,
        ZonedDateTime date,
        Optional<ZonedDateTime> updated,
        List<String> authors,
        String section,
        List<String> tags,
        String summary,
        Optional<Image> image,
        String lang,
        String slug,
        boolean draft,
        Optional<ZonedDateTime> expires,
        String layout,
        String translationKey,
        String canonical,
        List<String> aliases,
        Map<String, Object> extra,
        Map<String, Integer> lines) {

    /**
     * The date of a standalone page that gives none ({@code about.md}, as Jekyll and Hugo pages
     * are): the page is published and shows no date, and the sitemap gives it no lastmod.
     */
    public static final Instant UNDATED = Instant.EPOCH;

    public FrontMatter {
        // Keys, sections, authors and tags recur in every article: one string each for the site, not
        // one per article, which at 100,000 articles is the difference between fitting a heap and not
        authors = shared(authors);
        section = section.intern();
        tags = shared(tags);
        aliases = List.copyOf(aliases);
        extra = extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra)); // most have none
        lines = KeyLines.of(lines);
    }

    private static List<String> shared(List<String> names) {
        return names.stream().map(String::intern).toList();
    }

    /** The summary to show: the one written here, or else {@code excerpt}, taken from the body. */
    public String summaryOr(String excerpt) {
        return summary.isEmpty() ? excerpt : summary;
    }

    /** The line of a key, or line 1 (the opening ---) when the key was not given. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 1);
    }
}
