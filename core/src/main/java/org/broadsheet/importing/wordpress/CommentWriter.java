package org.broadsheet.importing.wordpress;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.broadsheet.comments.CommentLoader;
import org.broadsheet.comments.Reply;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.moderation.Moderation;
import org.broadsheet.moderation.ReplyQueue;

/**
 * Writes a post's comments as the site's replies, in the files reply intake and moderation
 * write: an approved comment as a published reply, its email address apart under
 * {@code replies/private/}; a pending one in the moderation queue; spam and trash not at all.
 */
final class CommentWriter {

    static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SiteFiles files;
    private final ImportReport report;
    private final WordPressHtml html;

    CommentWriter(SiteFiles files, ImportReport report, WordPressHtml html) {
        this.files = files;
        this.report = report;
        this.html = html;
    }

    /** Writes the comments of the article {@code articleId} ({@code section/slug}). */
    void write(Wxr.Item item, String articleId) throws IOException {
        for (Wxr.Comment c : item.comments()) {
            String type = c.get("comment_type");
            if (type.equals("pingback") || type.equals("trackback")) {
                report.skipped("pingbacks and trackbacks");
                continue;
            }
            switch (c.get("comment_approved")) {
                case "1" -> approved(c, articleId);
                case "0" -> pending(c, articleId);
                case "spam" -> report.skipped("spam comments");
                case "trash" -> report.skipped("comments in the trash");
                default -> report.skipped("comments of another status (" + c.get("comment_approved") + ")");
            }
        }
    }

    private void approved(Wxr.Comment c, String articleId) throws IOException {
        Reply reply = reply(c);
        if (files.write(CommentLoader.FOLDER + "/" + articleId + "/" + reply.id() + ReplyFile.EXTENSION,
                ReplyFile.format(reply, "", Map.of()))) {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("id", reply.id());
            kept.put("article", articleId);
            kept.put("email", c.get("comment_author_email"));
            files.write(Moderation.PRIVATE_FOLDER + "/" + reply.id() + ".yml", ReplyFile.yaml(kept));
            report.imported("replies");
        }
    }

    private void pending(Wxr.Comment c, String articleId) throws IOException {
        Reply reply = reply(c);
        Map<String, String> privateFields = new LinkedHashMap<>();
        privateFields.put("email", c.get("comment_author_email"));
        privateFields.put("client", c.get("comment_author_IP"));
        if (files.write(ReplyQueue.FOLDER + "/" + reply.id() + ReplyFile.EXTENSION,
                ReplyFile.format(reply, articleId, privateFields))) {
            report.imported("replies waiting for moderation (broadsheet replies list)");
        }
    }

    private Reply reply(Wxr.Comment c) {
        String parent = c.get("comment_parent").strip();
        String name = ReplyFile.shownName(c.get("comment_author").strip());
        String website = c.get("comment_author_url").strip();
        return new Reply("wp-" + c.get("comment_id").strip(), name.isEmpty() ? "Anonymous" : name,
                ReplyFile.isWebsite(website) ? website : "", date(c), parent.isEmpty() || parent.equals("0") ? "" : "wp-" + parent,
                "", html.convert(c.get("comment_content"), Map.of()).markdown());
    }

    private static ZonedDateTime date(Wxr.Comment c) {
        String gmt = c.get("comment_date_gmt").strip();
        String text = gmt.isEmpty() || gmt.startsWith("0000") ? c.get("comment_date").strip() : gmt;
        return LocalDateTime.parse(text, WP_DATE).atZone(ZoneOffset.UTC);
    }
}
