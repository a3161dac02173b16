package org.broadsheet.importing.wordpress;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.model.Slugs;
import org.jsoup.Jsoup;

/**
 * Writes a post as an article ({@code content/<section>/<slug>.md}, or a bundle's
 * {@code index.md} beside the media it uses) and a page as a standalone page
 * ({@code content/<slug>.md}), with front matter Broadsheet reads and an alias for the old
 * permalink when the site's own URL differs from it.
 */
final class ArticleWriter {

    /** What the import knows besides the item: the site, the export's authors and attachments, the options. */
    record Context(SiteConfig config, Map<String, String> authors, Map<String, Wxr.Attachment> attachments,
            Optional<Path> media, Map<String, String> sectionMap, ZonedDateTime now) {
    }

    private final SiteFiles files;
    private final ImportReport report;
    private final WordPressHtml html;
    private final Context context;

    ArticleWriter(SiteFiles files, ImportReport report, WordPressHtml html, Context context) {
        this.files = files;
        this.report = report;
        this.html = html;
        this.context = context;
    }

    /** Writes the post or page; returns its article id ({@code section/slug}), or empty when it was not written. */
    Optional<String> write(Wxr.Item item, boolean page) throws IOException {
        String slug = slug(item);
        String section = page ? "" : section(item);
        ZonedDateTime date = date(item);
        WordPressHtml.Converted body = html.convert(item.get("content:encoded"), context.attachments());
        body.unknownShortcodes().forEach(code -> report.review(item, "shortcode [" + code + "] is not shown: "
                + "it is an HTML comment in the Markdown; write what it showed in Markdown or HTML"));
        body.maybeShortcodes().forEach(code -> report.review(item, "[" + code + "] is left as text; if it is a shortcode, "
                + "write what it showed in Markdown or HTML"));
        String folder = page ? "content/" : "content/" + section + "/";
        String markdown = body.markdown();
        Optional<Wxr.Attachment> lead = FeaturedImage.of(item, context.attachments(), report);
        String leadSrc = lead.map(Wxr.Attachment::url).orElse("");
        List<Uploads.Upload> media = Uploads.find(item, markdown + "\n" + leadSrc, context.media(), report);
        for (Uploads.Upload file : media) {
            markdown = markdown.replace(file.url(), file.name());
            leadSrc = leadSrc.equals(file.url()) ? file.name() : leadSrc;
        }
        String src = leadSrc;
        Optional<Wxr.Attachment> image = lead.map(a -> new Wxr.Attachment(src, a.alt(), a.caption()));
        String path = media.isEmpty() ? folder + slug + ".md" : folder + slug + "/index.md";
        if (files.writtenByThisImport(folder + slug + ".md") || files.writtenByThisImport(folder + slug + "/index.md")) {
            report.review(item, "has the slug " + slug + " of another item in " + folder + "; not imported (give it another slug)");
            return Optional.empty();
        }
        if (!files.write(path, frontMatter(item, slug, section, date, body, image) + markdown)) {
            return Optional.empty();
        }
        for (Uploads.Upload file : media) {
            files.copy(file.source(), folder + slug + "/" + file.name());
        }
        report.imported(page ? "pages" : "articles");
        return Optional.of(page ? slug : section + "/" + slug); // an article's id is its file's path under content/
    }

    private String frontMatter(Wxr.Item item, String slug, String section, ZonedDateTime date, WordPressHtml.Converted body,
            Optional<Wxr.Attachment> image) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(ReplyFile.quoted(item.title())).append('\n');
        s.append("date: ").append(date.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append('\n');
        s.append("slug: ").append(ReplyFile.quoted(slug)).append('\n');
        String author = context.authors().getOrDefault(item.get("dc:creator"), item.get("dc:creator")).strip();
        if (!author.isEmpty()) {
            s.append("author: ").append(ReplyFile.quoted(author)).append('\n');
        }
        String summary = Jsoup.parse(item.get("excerpt:encoded")).text().strip();
        summary = summary.isEmpty() ? body.beforeMore() : summary;
        if (!summary.isEmpty()) {
            s.append("summary: ").append(ReplyFile.quoted(summary)).append('\n');
        }
        image.ifPresent(i -> FeaturedImage.write(s, i));
        list(s, "tags", tags(item));
        list(s, "aliases", alias(item, slug, section, date).stream().toList());
        if (draft(item)) {
            s.append("draft: true\n");
        }
        if (item.get("wp:is_sticky").strip().equals("1")) {
            s.append("featured: true\n"); // WordPress's sticky post: the front page's lead
        }
        return s.append("---\n\n").toString();
    }

    /**
     * The post's tags, then its categories but the first, which is its section: WordPress
     * lists a post under each, so each stays a listing. A category with a tag's name is one tag.
     */
    private static List<String> tags(Wxr.Item item) {
        List<String> categories = item.terms().stream().filter(t -> t.domain().equals("category")).map(t -> Wxr.plain(t.name()))
                .toList();
        Map<String, String> bySlug = new LinkedHashMap<>();
        Stream.concat(item.terms().stream().filter(t -> t.domain().equals("post_tag")).map(t -> Wxr.plain(t.name())),
                categories.stream().skip(1)).forEach(name -> bySlug.putIfAbsent(Slugs.slugify(name), name));
        return List.copyOf(bySlug.values());
    }

    private static void list(StringBuilder s, String key, List<String> values) {
        if (!values.isEmpty()) {
            s.append(key).append(":\n");
            values.forEach(v -> s.append("  - ").append(ReplyFile.quoted(v)).append('\n'));
        }
    }

    /** Whether the item must not be published: a draft, pending review, private, or behind a password. */
    private boolean draft(Wxr.Item item) {
        if (!item.get("wp:post_password").isEmpty()) {
            report.review(item, "was password-protected; imported as a draft");
            return true;
        }
        if (item.status().equals("private")) {
            report.review(item, "was private; imported as a draft");
            return true;
        }
        return item.status().equals("draft") || item.status().equals("pending");
    }

    /** The old permalink's path, when the site's URL for the article is not the same path. */
    private Optional<String> alias(Wxr.Item item, String slug, String section, ZonedDateTime date) {
        URI link;
        try {
            link = URI.create(item.get("link").strip());
        } catch (IllegalArgumentException e) {
            report.review(item, "its old link \"" + item.get("link") + "\" is not a URL; no redirect was made");
            return Optional.empty();
        }
        String old = link.getPath() == null ? "" : link.getPath();
        if (link.getQuery() != null || old.isEmpty() || old.equals("/")) {
            if (!item.status().equals("draft") && !item.status().equals("pending")) {
                report.review(item, "its old link " + link + " has no path of its own, so no static page can answer it");
            }
            return Optional.empty();
        }
        String path = old.endsWith("/") || old.endsWith(".html") ? old : old + "/";
        String now = "/" + (section.isEmpty() ? Slugs.slugify(slug) + "/" : context.config().permalink().expand(Map.of(
                "section", Slugs.slugify(section), "slug", Slugs.slugify(slug), "year", String.format("%04d", date.getYear()),
                "month", String.format("%02d", date.getMonthValue()), "day", String.format("%02d", date.getDayOfMonth()))));
        return path.equals(now) ? Optional.empty() : Optional.of(path);
    }

    private String slug(Wxr.Item item) {
        String name = URLDecoder.decode(item.get("wp:post_name").strip().replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!Slugs.slugify(name).isEmpty()) {
            return name;
        }
        String fromTitle = Slugs.slugify(item.title());
        return fromTitle.isEmpty() ? "post-" + item.id() : fromTitle;
    }

    private String section(Wxr.Item item) {
        String first = item.terms().stream().filter(t -> t.domain().equals("category")).map(Wxr.Term::nicename)
                .findFirst().orElse("news");
        String mapped = context.sectionMap().getOrDefault(first, first);
        String slug = Slugs.slugify(URLDecoder.decode(mapped, StandardCharsets.UTF_8));
        return slug.isEmpty() ? "news" : slug;
    }

    /** The publication date in the site's zone: WordPress's GMT date, else its local one (a draft has no GMT date), else now. */
    private ZonedDateTime date(Wxr.Item item) {
        String gmt = item.get("wp:post_date_gmt").strip();
        String local = item.get("wp:post_date").strip();
        if (!gmt.isEmpty() && !gmt.startsWith("0000")) {
            return LocalDateTime.parse(gmt, CommentWriter.WP_DATE).atZone(ZoneOffset.UTC).withZoneSameInstant(context.config().timezone());
        }
        if (!local.isEmpty() && !local.startsWith("0000")) {
            return LocalDateTime.parse(local, CommentWriter.WP_DATE).atZone(context.config().timezone());
        }
        return context.now().withZoneSameInstant(context.config().timezone());
    }
}
