package org.broadsheet.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema.org structured data of an article page, as JSON-LD for a
 * {@code <script type="application/ld+json">} element. The data is built as plain maps and lists
 * in {@link #newsArticle}; to describe more of the article, add entries there. The text is
 * escaped for a script element: no {@code <}, {@code >} or {@code &} appears as itself, so no
 * value can close the element or open a comment, whatever a reader or author wrote.
 */
public final class JsonLd {

    private JsonLd() {
    }

    /** A NewsArticle with its headline, URL, date and replies. */
    public static TemplateHTMLOutputModel newsArticle(Views.ArticleView article) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("@context", "https://schema.org");
        data.put("@type", "NewsArticle");
        data.put("headline", article.title());
        data.put("url", article.absUrl());
        data.put("datePublished", article.date().iso());
        data.put("commentCount", article.comments().count());
        if (!article.comments().threads().isEmpty()) {
            data.put("comment", comments(article.comments().threads()));
        }
        return html(json(data));
    }

    private static List<Object> comments(List<CommentViews.CommentView> comments) {
        List<Object> list = new ArrayList<>();
        for (CommentViews.CommentView c : comments) {
            Map<String, Object> comment = new LinkedHashMap<>();
            comment.put("@type", "Comment");
            comment.put("@id", c.url());
            Map<String, Object> author = new LinkedHashMap<>();
            author.put("@type", "Person");
            author.put("name", c.name());
            if (c.website() != null) {
                author.put("url", c.website());
            }
            comment.put("author", author);
            comment.put("dateCreated", c.date().iso());
            comment.put("text", c.text());
            if (!c.replies().isEmpty()) {
                comment.put("comment", comments(c.replies()));
            }
            list.add(comment);
        }
        return list;
    }

    /** JSON text of maps, lists, strings, numbers and booleans, safe inside a script element. */
    static String json(Object value) {
        StringBuilder s = new StringBuilder();
        write(value, s);
        return s.toString();
    }

    private static void write(Object value, StringBuilder s) {
        if (value instanceof Map<?, ?> map) {
            s.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                s.append(first ? "" : ",");
                first = false;
                string(e.getKey().toString(), s);
                s.append(':');
                write(e.getValue(), s);
            }
            s.append('}');
        } else if (value instanceof List<?> list) {
            s.append('[');
            for (int i = 0; i < list.size(); i++) {
                s.append(i == 0 ? "" : ",");
                write(list.get(i), s);
            }
            s.append(']');
        } else if (value instanceof Number || value instanceof Boolean) {
            s.append(value);
        } else if (value == null) {
            s.append("null");
        } else {
            string(value.toString(), s);
        }
    }

    private static void string(String text, StringBuilder s) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        s.append('"');
    }

    private static TemplateHTMLOutputModel html(String markup) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(markup);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e); // fromMarkup never fails for HTML
        }
    }
}
