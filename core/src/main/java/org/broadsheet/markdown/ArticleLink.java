package org.broadsheet.markdown;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A link in a body to another article by its Markdown file, as authors write it on GitHub and
 * in their editors: {@code [earlier coverage](../politics/vote.md#results)}, or from the content
 * folder, {@code [earlier coverage](/politics/vote.md)}. The Markdown stage cannot know the
 * article's URL (slugs, dates and languages are placed later, and the body is cached), so the
 * link is written with a placeholder, {@code broadsheet-article:politics/vote.md#results}, that
 * pages replace with the article's URL when they show the body ({@link #resolve}).
 *
 * @param href   the link as written
 * @param target the content path of the file it names ({@code politics/vote.md})
 * @param line   its line in the article's file, counted from the body's first line until the
 *               Markdown stage adds the front matter's
 */
public record ArticleLink(String href, String target, int line) {

    /** What the HTML of a body holds in place of the linked article's URL until a page shows it. */
    static final String PLACEHOLDER = "broadsheet-article:";

    private static final Pattern MARKDOWN_FILE = Pattern.compile("(?i).+\\.(md|markdown|mdown)");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /** The same link, its line counted in the article's file. */
    public ArticleLink movedBy(int lines) {
        return new ArticleLink(href, target, line + lines);
    }

    /**
     * The content path that {@code url}, written in an article in content folder {@code folder}
     * ({@code world/}, or "" at the top), names: a Markdown file by a path relative to the
     * article's folder or, with a leading "/", to {@code content/}. Empty for every other link. A
     * path that climbs out of {@code content/} keeps its leading {@code ..} segments
     * ({@code ../etc/passwd.md}): no article is there, and the build reports it.
     */
    static Optional<String> target(String url, String folder) {
        String path = url.strip();
        int cut = indexOfAny(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty() || path.startsWith("//") || SCHEME.matcher(path).find()
                || !MARKDOWN_FILE.matcher(path).matches()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String joined = decoded.startsWith("/") ? decoded.substring(1) : folder + decoded;
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : joined.split("/")) {
            if (segment.equals("..")) {
                if (segments.isEmpty() || segments.peekLast().equals("..")) {
                    segments.addLast(".."); // out of content/: kept, so the build can say so
                } else {
                    segments.pollLast();
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    /** The placeholder {@code url} becomes in the body's HTML, keeping its query and fragment. */
    static String placeholder(String target, String url) {
        int cut = indexOfAny(url, '?', '#');
        return PLACEHOLDER + URLEncoder.encode(target, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/")
                + (cut < 0 ? "" : url.substring(cut).strip());
    }

    /**
     * The body's HTML with each linked article's placeholder replaced by {@code urlOf} of its
     * content path (a URL path, HTML-safe), keeping the link's query and fragment.
     */
    public static String resolve(String html, Function<String, String> urlOf) {
        String attribute = "href=\"" + PLACEHOLDER;
        int at = html.indexOf(attribute);
        if (at < 0) {
            return html; // nearly every body: no copy
        }
        StringBuilder out = new StringBuilder(html.length() + 64);
        int from = 0;
        while (at >= 0) {
            int start = at + attribute.length();
            int end = html.indexOf('"', start);
            if (end < 0) {
                break;
            }
            String value = html.substring(start, end);
            int cut = indexOfAny(value, '?', '#');
            String target = URLDecoder.decode(cut < 0 ? value : value.substring(0, cut), StandardCharsets.UTF_8);
            out.append(html, from, at).append("href=\"").append(urlOf.apply(target))
                    .append(cut < 0 ? "" : value.substring(cut));
            from = end;
            at = html.indexOf(attribute, end);
        }
        return out.append(html, from, html.length()).toString();
    }

    /** Where the first of two characters is in {@code s} (a query's '?' or a fragment's '#'), or -1. */
    static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : (j < 0 ? i : Math.min(i, j));
    }
}
