package org.broadsheet.importing.staticsite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the Liquid tags and Hugo shortcodes that Broadsheet does not run into Markdown or
 * HTML that says the same: {@code {% raw %}}, {@code {% highlight %}} and Hugo's
 * {@code highlight} into their text or a fenced block; {@code {% link %}}, {@code {% post_url %}},
 * {@code ref} and {@code relref} in a Markdown link into links to the article's file, which the
 * build turns into its URL, and elsewhere into the URL they printed; {@code {{ site.baseurl }}}
 * and {@code {{ site.url }}} before a path, and the {@code relative_url} and {@code absolute_url}
 * filters, into the site path; Hugo's {@code figure} into an image, {@code youtube} and {@code vimeo} into an embed,
 * {@code gist} into its script, {@code tweet} and {@code x} into a link, {@code param} into the
 * front matter's value. Anything else is left as it is, for the report.
 */
final class TemplateRewriter {

    private static final Pattern RAW = Pattern.compile("\\{%-?\\s*raw\\s*-?%}(.*?)\\{%-?\\s*endraw\\s*-?%}", Pattern.DOTALL);
    private static final Pattern HIGHLIGHT = Pattern.compile(
            "\\{%-?\\s*highlight\\s+(\\w+)[^%]*%}\\n?(.*?)\\n?\\{%-?\\s*endhighlight\\s*-?%}", Pattern.DOTALL);
    private static final Pattern HUGO_HIGHLIGHT = Pattern.compile(
            "\\{\\{<\\s*highlight\\s+\"?(\\w+)\"?[^>]*>}}\\n?(.*?)\\n?\\{\\{<\\s*/highlight\\s*>}}", Pattern.DOTALL);
    /**
     * A link tag, as a Markdown link's target ({@code ](} or a reference's {@code ]:}) or not:
     * there it names the file, elsewhere it prints a URL.
     */
    private static final Pattern LINK = Pattern.compile("(\\]\\(<?|\\]:\\s*)?\\{%-?\\s*link\\s+(\\S+)\\s*-?%}");
    private static final Pattern POST_URL = Pattern.compile("(\\]\\(<?|\\]:\\s*)?\\{%-?\\s*post_url\\s+(\\S+)\\s*-?%}");
    /**
     * The site's address before a path or a link tag ({@code {{ site.baseurl }}/about/},
     * {@code {{ site.url }}{{ site.baseurl }}{% post_url x %}}): Broadsheet puts its own base in
     * front of site paths, so it goes.
     */
    private static final Pattern SITE_PREFIX = Pattern.compile(
            "(?:\\{\\{-?\\s*site\\.(?:url|baseurl)\\s*-?}})+(?=/|\\{%-?\\s*(?:link|post_url)\\b)");
    /** A quoted path through Jekyll's {@code relative_url} or {@code absolute_url}: the site path. */
    private static final Pattern URL_FILTER = Pattern.compile(
            "\\{\\{-?\\s*([\"'])([^\"'{}]*)\\1\\s*\\|\\s*(?:relative_url|absolute_url)\\s*-?}}");
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%]\\s*(\\w+)\\s*(.*?)\\s*[>%]}}");
    private static final Pattern ARGUMENT = Pattern.compile("(?:(\\w+)=)?(?:\"([^\"]*)\"|(\\S+))");

    /** Finds an article's file, as a path from the importing article's folder, by what a tag names. */
    interface Files {
        /** The path for {@code {% link path %}} (a path from the site's top) or a Hugo {@code ref}. */
        String link(String path);

        /** The path of the Jekyll post whose file name is {@code name} without its extension. */
        String post(String name);

        /**
         * The URL that {@code {% link path %}} printed: an article's old URL, which its alias keeps
         * answering, or another file's site path.
         */
        String url(String path);

        /** The URL that {@code {% post_url name %}} printed. */
        String postUrl(String name);
    }

    private final Files files;
    private final Map<String, Object> frontMatter;

    TemplateRewriter(Files files, Map<String, Object> frontMatter) {
        this.files = files;
        this.frontMatter = frontMatter;
    }

    /** {@code body} with each tag and shortcode it knows rewritten. */
    String rewrite(String body) {
        String text = replace(RAW, body, m -> inCode(body, m.start()) ? m.group(1) : asText(m.group(1)));
        text = replace(HIGHLIGHT, text, m -> "```" + m.group(1) + "\n" + m.group(2) + "\n```");
        text = replace(HUGO_HIGHLIGHT, text, m -> "```" + m.group(1) + "\n" + m.group(2) + "\n```");
        text = replace(SITE_PREFIX, text, m -> "");
        text = replace(URL_FILTER, text, m -> (m.group(2).startsWith("/") ? "" : "/") + m.group(2));
        text = replace(LINK, text, m -> m.group(1) != null ? m.group(1) + files.link(m.group(2)) : files.url(m.group(2)));
        text = replace(POST_URL, text, m -> m.group(1) != null ? m.group(1) + files.post(m.group(2))
                : files.postUrl(m.group(2)));
        return replace(SHORTCODE, text, this::shortcode);
    }

    /** A Hugo shortcode as Markdown or HTML, or the shortcode itself when it is not one of the common ones. */
    private String shortcode(Matcher m) {
        List<String> positional = new ArrayList<>();
        Map<String, String> named = new java.util.HashMap<>();
        Matcher arg = ARGUMENT.matcher(m.group(2));
        while (arg.find()) {
            String value = arg.group(2) != null ? arg.group(2) : arg.group(3);
            if (arg.group(1) != null) {
                named.put(arg.group(1), value);
            } else {
                positional.add(value);
            }
        }
        String first = positional.isEmpty() ? named.getOrDefault("id", "") : positional.get(0);
        return switch (m.group(1)) {
            case "figure" -> named.containsKey("src") ? "![" + named.getOrDefault("alt", "") + "](" + named.get("src")
                    + (named.containsKey("caption") ? " \"" + named.get("caption").replace("\"", "'") + "\"" : "") + ")"
                    : m.group();
            case "youtube" -> first.isEmpty() ? m.group() : "<iframe src=\"https://www.youtube-nocookie.com/embed/" + first
                    + "\" title=\"YouTube video\" allowfullscreen></iframe>";
            case "vimeo" -> first.isEmpty() ? m.group() : "<iframe src=\"https://player.vimeo.com/video/" + first
                    + "\" title=\"Vimeo video\" allowfullscreen></iframe>";
            case "gist" -> positional.size() < 2 ? m.group() : "<script src=\"https://gist.github.com/" + positional.get(0)
                    + "/" + positional.get(1) + ".js\"></script>";
            case "tweet", "x" -> tweet(positional, named, m.group());
            case "ref", "relref" -> first.isEmpty() ? m.group() : files.link(first);
            case "param" -> frontMatter.get(first) instanceof String value ? value : m.group();
            default -> m.group();
        };
    }

    /**
     * Liquid that a raw block prints as text, outside code: with its braces and percent signs
     * escaped, so that Markdown shows them and nothing takes them for code left to run.
     */
    private static String asText(String liquid) {
        return liquid.replace("{{", "\\{\\{").replace("{%", "\\{\\%");
    }

    /** Whether {@code at} is inside a fenced block or a code span, where Markdown shows text as it is. */
    private static boolean inCode(String text, int at) {
        String before = text.substring(0, at);
        long fences = before.lines().filter(line -> line.strip().startsWith("```") || line.strip().startsWith("~~~")).count();
        String line = before.substring(before.lastIndexOf('\n') + 1);
        return fences % 2 == 1 || line.chars().filter(c -> c == '`').count() % 2 == 1;
    }

    private static String tweet(List<String> positional, Map<String, String> named, String original) {
        String user = named.getOrDefault("user", positional.size() > 1 ? positional.get(0) : "");
        String id = named.getOrDefault("id", positional.isEmpty() ? "" : positional.get(positional.size() - 1));
        if (user.isEmpty() || id.isEmpty()) {
            return original;
        }
        String url = "https://x.com/" + user + "/status/" + id;
        return "[" + url + "](" + url + ")";
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
