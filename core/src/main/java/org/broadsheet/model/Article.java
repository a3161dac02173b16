package org.broadsheet.model;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One published article, or a standalone page such as "About" (a Markdown file directly in
 * {@code content/}), with everything pages and listings show except the body's HTML.
 *
 * @param id         stable across URL changes: the content path without extension
 *                   ({@code world/maduro-talks})
 * @param source     the file in the site folder ({@code content/world/maduro-talks.md})
 * @param section    the section; a page's is empty
 * @param summary    the front matter's summary, or else the body's excerpt
 * @param searchText what the search index holds of the body besides the summary
 * @param lang       its BCP 47 language: one of the site's languages on a multilingual site
 * @param translationKey what its translations share: the front matter's {@code translationKey},
 *                   or its content path without extension and language ({@code world/talks})
 * @param translationKeyLine the line that made it this language's version of its story, for
 *                   messages: {@code translationKey:}, else {@code lang:}, else 1 (the file name did)
 * @param path       its site path without base path: {@code world/maduro-talks/}
 * @param outputFile the file it is written to: {@code world/maduro-talks/index.html}
 * @param urlLine    the line that made its URL, for messages: {@code slug:}, else {@code section:},
 *                   else {@code lang:}, else 1 (the file name and folder did)
 * @param layout     the template that renders it, without extension
 * @param expires    when it leaves the site, if ever, in the site's time zone
 * @param canonical  the absolute URL search engines should treat as the original, when the front
 *                   matter names another than its own; else empty
 * @param aliases    its old paths, which redirect to it
 * @param bodyKey    where its HTML is in the body store
 * @param links      the content paths of the articles its body links to ({@code politics/vote.md}),
 *                   whose URLs its HTML holds placeholders for
 * @param extra      front matter keys Broadsheet does not know, for templates
 */
public record Article(
        String id,
        String source,
        Kind kind,
        String title,
        ZonedDateTime date,
        Optional<ZonedDateTime> updated,
        List<Term> authors,
        Term section,
        List<Term> tags,
        String summary,
        String searchText,
        Optional<ArticleImage> image,
        String lang,
        String translationKey,
        int translationKeyLine,
        String path,
        String outputFile,
        int urlLine,
        String layout,
        boolean draft,
        Optional<ZonedDateTime> expires,
        int wordCount,
        int readingMinutes,
        String canonical,
        List<Alias> aliases,
        String bodyKey,
        List<String> links,
        Map<String, Object> extra) {

    public enum Kind { ARTICLE, PAGE }

    public Article {
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        extra = extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra)); // most have none
    }

    /** Its place among the front page's pinned stories: {@code weight}, lower first (Hugo's meaning); 0 when not given. */
    public long weight() {
        return extra.get("weight") instanceof Long weight ? weight : 0;
    }

    /** When the editor's pin ends ({@code featured: 2026-12-31T18:00}); empty when it does not end. */
    public Optional<ZonedDateTime> pinnedUntil() {
        return extra.get("featured") instanceof String until ? Optional.of(ZonedDateTime.parse(until)) : Optional.empty();
    }

    /**
     * Whether the editor pins it to the top of the front page at {@code now}: {@code featured}
     * (until its end, if it has one), or a {@code weight} other than 0.
     */
    public boolean isPinnedAt(Instant now) {
        if (pinnedUntil().isPresent()) {
            return pinnedUntil().get().toInstant().isAfter(now);
        }
        return Boolean.TRUE.equals(extra.get("featured")) || weight() != 0;
    }

    public boolean isPage() {
        return kind == Kind.PAGE;
    }

    /**
     * Whether {@code other} sits where this article does in the site: the same file, URL,
     * language, translations, date, section, tags, authors, aliases, draft status and expiry. Every
     * listing and relation the site model made for one then holds for the other; they may differ
     * in what only their own page shows (title, body, summary, image, layout, extra keys).
     */
    public boolean samePlaceAs(Article other) {
        return source.equals(other.source) && kind == other.kind && path.equals(other.path)
                && outputFile.equals(other.outputFile) && lang.equals(other.lang)
                && translationKey.equals(other.translationKey) && date.equals(other.date)
                && section.equals(other.section) && tags.equals(other.tags) && authors.equals(other.authors)
                && aliasFiles().equals(other.aliasFiles()) && draft == other.draft && expires.equals(other.expires);
    }

    private List<String> aliasFiles() {
        return aliases.stream().map(Alias::outputFile).toList();
    }

    /** When it last changed: {@code updated}, or else its date. */
    public ZonedDateTime lastModified() {
        return updated.orElse(date);
    }
}
