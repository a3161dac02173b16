package org.broadsheet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern that gives each article its URL, such as {@code /:section/:slug/} or
 * {@code /:year/:month/:day/:slug.html}. A pattern ending in '/' makes pretty URLs
 * ({@code .../index.html}); one ending in {@code .html} names the file itself.
 */
public record PermalinkPattern(String pattern) {

    /** {@code folders}: the folders between the section's and the article's file, as Hugo's URLs keep them. */
    public static final List<String> PLACEHOLDERS = List.of("section", "folders", "year", "month", "day", "slug");
    public static final PermalinkPattern DEFAULT = new PermalinkPattern("/:section/:slug/");

    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-zA-Z]+)");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~/-]*");

    /**
     * Checks a pattern from {@code broadsheet.yml}.
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static PermalinkPattern parse(String pattern) {
        if (!pattern.startsWith("/")) {
            throw new IllegalArgumentException("must start with '/'");
        }
        if (!(pattern.endsWith("/") || pattern.endsWith(".html"))) {
            throw new IllegalArgumentException("must end with '/' or '.html'");
        }
        if (!pattern.contains(":slug")) {
            throw new IllegalArgumentException("must contain :slug, or two articles would share a URL");
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("uses unknown placeholder :" + m.group(1)
                        + " (known: :" + String.join(" :", PLACEHOLDERS) + ")");
            }
        }
        String literal = PLACEHOLDER.matcher(pattern).replaceAll("");
        if (List.of(literal.split("/")).contains("..")) {
            throw new IllegalArgumentException("may not contain \"..\": a page's address cannot climb out of the site");
        }
        if (!LITERAL.matcher(literal).matches() || pattern.contains("//")) {
            throw new IllegalArgumentException("may only contain letters, digits, '-', '_', '.', '/' and placeholders");
        }
        return new PermalinkPattern(pattern);
    }

    /**
     * The site path for the given placeholder values, without the leading '/', e.g.
     * {@code world/story/}. Values must already be safe path segments.
     */
    public String expand(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        List<String> segments = new ArrayList<>();
        for (String segment : out.toString().split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        String path = String.join("/", segments);
        return pattern.endsWith("/") ? path + "/" : path;
    }
}
