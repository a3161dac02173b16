package org.broadsheet.importing.wordpress;

import java.util.List;
import java.util.Map;

/** The records a WordPress export is read into: only what the import uses. */
public final class Wxr {

    private Wxr() {
    }

    /** A {@code wp:author}: the login posts name in {@code dc:creator}, and the name shown. */
    public record Author(String login, String displayName) {
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
     * {@code content:encoded}, {@code wp:post_type}, ...), its categories and tags, its comments,
     * and the line it starts on, for messages.
     */
    public record Item(Map<String, String> fields, List<Term> terms, List<Comment> comments, int line) {
        public Item {
            fields = Map.copyOf(fields);
            terms = List.copyOf(terms);
            comments = List.copyOf(comments);
        }

        public String get(String name) {
            return fields.getOrDefault(name, "");
        }

        public String id() {
            return get("wp:post_id");
        }

        public String title() {
            return get("title");
        }

        public String type() {
            return get("wp:post_type");
        }

        public String status() {
            return get("wp:status");
        }
    }
}
