package org.broadsheet.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * The addresses an article's front matter gives it besides the one its permalink makes: its own
 * path ({@code url:}, Jekyll's {@code permalink:}), its old paths ({@code aliases:}, which become
 * redirect pages) and its canonical URL; each checked to be a plain site path or URL.
 */
final class ArticleAddresses {

    private final BaseUrl baseUrl;

    ArticleAddresses(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The canonical URL the front matter gives, made absolute; "" for none; null when it is not a URL. */
    String canonical(FrontMatter fm, String source, Problems problems) {
        String given = fm.canonical();
        if (given.isEmpty()) {
            return "";
        }
        if (given.matches("(?i)https?://\\S+")) {
            return given;
        }
        if (given.startsWith("/") && !given.startsWith("//") && !Slugs.looksLikePath(given.replace("/", ""))) {
            return baseUrl.absolute(given);
        }
        problems.error(SourcePosition.of(source, fm.lineOf("canonical")), "canonical \"" + given
                + "\" must be an http(s) URL or a site path such as /world/original-story/");
        return null;
    }

    /**
     * The output files of the article's old paths: {@code /world/old-headline/} becomes
     * {@code world/old-headline/index.html}; null when one of them is not a plain site path.
     */
    List<Alias> aliases(FrontMatter fm, String source, Problems problems) {
        return aliases(fm.aliases(), source, fm.lineOf("aliases"), problems);
    }

    /**
     * The output files of old paths that {@code source} gives on {@code line}; null, reported,
     * when one of them is not a plain site path.
     */
    static List<Alias> aliases(List<String> given, String source, int line, Problems problems) {
        List<Alias> aliases = new ArrayList<>();
        for (String alias : given) {
            String path = alias.strip();
            if (!isPlainPath(path) || path.equals("/")) {
                problems.error(SourcePosition.of(source, line), "alias \"" + alias
                        + "\" must be a site path such as /world/old-headline/");
                return null;
            }
            String relative = path.substring(1).replaceAll("/{2,}", "/");
            aliases.add(new Alias(relative.endsWith("/") ? SitePaths.pageOf(relative)
                    : relative.endsWith(".html") ? relative : SitePaths.pageOf(relative + "/"), line));
        }
        return aliases;
    }

    /**
     * The article's own URL path, as Hugo's {@code url:} or Jekyll's {@code permalink:} gives it ({@code /blog/2019/x/}),
     * without its leading '/'; "" when it names none; null, reported, when it is no plain site path.
     * It stays among the template params too, where Hugo themes read it.
     */
    static String url(FrontMatter fm, String source, Problems problems) {
        // Jekyll's front matter says permalink where Hugo's says url
        String key = fm.extra().containsKey("url") ? "url" : "permalink";
        if (!(fm.extra().get(key) instanceof String given) || given.isBlank()) {
            return "";
        }
        String path = given.strip();
        if (path.contains(":")) {
            // a pattern of Jekyll's (/:categories/:title/): the site's own pattern stands in for it
            problems.warning(SourcePosition.of(source, fm.lineOf(key)), key + " \"" + given + "\" has placeholders,"
                    + " which Broadsheet does not fill in; the site's permalink pattern is used");
            return "";
        }
        if (!isPlainPath(path) || path.equals("/")) {
            problems.error(SourcePosition.of(source, fm.lineOf(key)), key + " \"" + given
                    + "\" must be a site path such as /world/2019/story/");
            return null;
        }
        return path.substring(1).replaceAll("/{2,}", "/");
    }

    private static boolean isPlainPath(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") && !path.contains("?")
                && !path.contains("#") && path.chars().noneMatch(Character::isISOControl)
                && Arrays.stream(path.substring(1).split("/")).noneMatch(s -> s.equals("..") || s.equals("."));
    }
}
