package org.broadsheet.importing.wordpress;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** The records a WordPress export is read into: only what the import uses. */
public final class Wxr {

    private Wxr() {
    }

    /** A title or a term's name as text, its HTML entities ({@code &amp;}, {@code &#8217;}) decoded. */
    static String plain(String text) {
        return Parser.unescapeEntities(text, false).strip();
    }

    /** A {@code wp:author}: the login posts name in {@code dc:creator}, and the name shown. */
    public record Author(String login, String displayName) {
    }

    /**
     * An attachment, as a post's featured image or a gallery names it: its file's URL, its alt
     * text ({@code _wp_attachment_image_alt}) and its caption (the attachment's excerpt), either
     * empty when not given.
     */
    public record Attachment(String url, String alt, String caption) {
        static Attachment of(Item item) {
            return new Attachment(item.get("wp:attachment_url").strip(), item.meta().getOrDefault("_wp_attachment_image_alt", "").strip(),
                    Jsoup.parse(item.get("excerpt:encoded")).text().strip());
        }
    }

    /** A post's {@code category} element: {@code domain} is "category" or "post_tag". */
    public record Term(String domain, String nicename, String name) {
    }

    /**
     * A {@code wp:comment}, its fields by element name without the prefix
     * ({@code comment_author}, {@code comment_approved}, ...).
     */
    public record Comment(Map<String, String> fields) {
        public Comment {
            fields = Map.copyOf(fields);
        }

        public String get(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    /**
     * An {@code item}: its simple fields by qualified name ({@code title}, {@code link},
     * {@code content:encoded}, {@code wp:post_type}, ...), its post meta by key
     * ({@code _thumbnail_id}, {@code _wp_attachment_image_alt}, ...), its categories and tags, its
     * comments, and the line it starts on, for messages.
     */
    public record Item(Map<String, String> fields, Map<String, String> meta, List<Term> terms, List<Comment> comments,
            int line) {
        public Item {
            fields = Map.copyOf(fields);
            meta = Map.copyOf(meta);
            terms = List.copyOf(terms);
            comments = List.copyOf(comments);
        }

        public String get(String name) {
            return fields.getOrDefault(name, "");
        }

        public String id() {
            return get("wp:post_id");
        }

        /** The title as text: exports written through WordPress's RSS filters (WXR 1.1) hold entities, {@code Q&#038;A}. */
        public String title() {
            return plain(get("title"));
        }

        public String type() {
            return get("wp:post_type");
        }

        public String status() {
            return get("wp:status");
        }
    }
}
