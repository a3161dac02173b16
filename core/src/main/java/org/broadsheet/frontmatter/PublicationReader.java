package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.broadsheet.yaml.YamlFields;

/**
 * Reads from an article's front matter when it is published: the moment it goes live ({@code
 * date}, Hugo's {@code publishDate} or the file name's date), whether it waits as a draft
 * ({@code draft}, or Jekyll's {@code published: false}), when it last changed and when it
 * expires ({@code expiryDate}, or {@code expires}). A value that does not clearly say one
 * thing is an error, never a guess: a wrong guess publishes what an editor held back.
 */
final class PublicationReader {

    /**
     * @param date    when it goes live: the later of {@code date} and {@code publishDate}
     * @param expires when it leaves the site, if ever
     */
    record Publication(ZonedDateTime date, Optional<ZonedDateTime> updated, Optional<ZonedDateTime> expires,
            boolean draft) {
    }

    private final YamlFields fields;
    private final ZoneId siteZone;
    private Optional<ZonedDateTime> undated = Optional.empty();

    /** @param fields the front matter, reporting each problem at its key's line */
    PublicationReader(YamlFields fields, ZoneId siteZone) {
        this.fields = fields;
        this.siteZone = siteZone;
    }

    /**
     * The article's dates and draft status; a date with an error is null or empty, after reporting it.
     *
     * @param undated the date of a file that gives none, as its generator dates it (a Jekyll
     *                draft's modification time, or {@link FrontMatter#UNDATED} for a standalone
     *                page); empty where a missing date is an error (an article)
     */
    Publication read(FileName fileName, Optional<ZonedDateTime> undated) {
        this.undated = undated;
        ZonedDateTime date = date(fileName);
        // Hugo's lastmod and Jekyll's last_modified_at (jekyll-last-modified-at) say the same as updated
        String updated = fields.has("updated") ? "updated" : fields.has("lastmod") ? "lastmod" : "last_modified_at";
        return new Publication(date, optionalDate(updated), expires(date), draft());
    }

    /**
     * The later of {@code date} (or the file name's) and {@code publishDate}: an embargo is never
     * broken, nor a date that holds the article back, and the article is dated when it went live.
     */
    private ZonedDateTime date(FileName fileName) {
        Optional<ZonedDateTime> publishDate = optionalDate("publishDate");
        if (fields.has("publishDate") && !fields.has("date") && fileName.date().isEmpty()) {
            return publishDate.orElse(null);
        }
        ZonedDateTime written = writtenDate(fileName);
        return written != null && publishDate.isPresent() && publishDate.get().isAfter(written) ? publishDate.get()
                : written;
    }

    private ZonedDateTime writtenDate(FileName fileName) {
        if (fields.has("date")) {
            return dateAt("date");
        }
        if (fileName.date().isPresent()) {
            return fileName.date().get().atStartOfDay(siteZone);
        }
        String impossible = fileName.impossibleDate().orElse(null);
        if (impossible == null && undated.isPresent()) {
            return undated.get();
        }
        fields.error("date", impossible != null
                ? "the file name's date " + impossible + " is not a day of the calendar (fix the name, or add a line"
                        + " such as date: 2026-11-27T14:05:00-04:00)"
                : "date is missing (add a line such as date: 2026-11-27T14:05:00-04:00, or name the file 2026-11-27-slug.md)");
        return null;
    }

    /** {@code expires} or {@code expiryDate}, which must come after the article goes live. */
    private Optional<ZonedDateTime> expires(ZonedDateTime date) {
        String key = fields.has("expires") ? "expires" : "expiryDate";
        Optional<ZonedDateTime> expires = optionalDate(key);
        if (expires.isPresent() && date != null && !expires.get().isAfter(date)) {
            fields.error(key, key + " " + expires.get().toOffsetDateTime() + " is not after the article's date "
                    + date.toOffsetDateTime() + ", so it would never be published");
        }
        return expires;
    }

    /** {@code draft: true}, or {@code published: false}; the two saying opposite things is an error. */
    private boolean draft() {
        Optional<Boolean> draft = fields.flag("draft");
        Optional<Boolean> published = fields.flag("published");
        if (draft.isPresent() && published.isPresent() && draft.get().equals(published.get())) {
            fields.error("published", "published: " + published.get() + " contradicts draft: " + draft.get()
                    + " on line " + fields.lineOf("draft") + "; keep one of them");
        }
        return draft.orElse(false) || !published.orElse(true);
    }

    private Optional<ZonedDateTime> optionalDate(String key) {
        return fields.has(key) ? Optional.ofNullable(dateAt(key)) : Optional.empty();
    }

    private ZonedDateTime dateAt(String key) {
        Object value = fields.value(key);
        if (!(value instanceof String text)) {
            fields.error(key, key + " \"" + value + "\" is not ISO 8601 (write e.g. 2026-11-27 or 2026-11-27T14:05:00-04:00)");
            return null;
        }
        try {
            return DateParser.parse(text, siteZone);
        } catch (DateTimeException e) {
            fields.error(key, key + " " + e.getMessage());
            return null;
        }
    }
}
