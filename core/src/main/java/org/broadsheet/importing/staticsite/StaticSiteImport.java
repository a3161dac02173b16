package org.broadsheet.importing.staticsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.Broadsheet;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.problem.Problems;

/**
 * Copies a Jekyll or Hugo site's posts, pages and static files ({@link ImportedFiles}) into a
 * Broadsheet site's {@code content/}, never over a file that is there. Each article's body has its
 * common Liquid tags and shortcodes rewritten ({@link TemplateRewriter}) and its old URL, by the
 * generator's permalinks ({@link OldUrls}), added to its aliases; what is left is listed in the
 * report at its file and line.
 */
public final class StaticSiteImport {

    /** The generator a folder comes from. */
    public enum Source { JEKYLL, HUGO }

    /**
     * What an import did.
     *
     * @param copied   the site paths written ({@code content/_posts/x.md})
     * @param kept     the site paths that were there already, left as they were
     * @param leftover each tag or shortcode not rewritten: {@code content/x.md:12: "{% include a.html %}"}
     * @param undescribed each lead image imported without alt text, at the line where its
     *                 {@code image_alt:} would go, for someone to describe it
     * @param aliased  each article given its old URL as an alias: {@code content/x.md: /2019/07/02/x.html}
     */
    public record Report(List<String> copied, List<String> kept, List<String> leftover, List<String> undescribed,
            List<String> aliased) {
    }

    private static final Pattern LEFT = Pattern.compile("\\{\\{[<%].*?[>%]}}|\\{%.*?%}|\\{\\{.*?}}");
    private static final Pattern SPAN = Pattern.compile("(`+).*?\\1");

    private final Path from;
    private final Path content;
    private final GeneratorConfig config;
    private final OldUrls oldUrls;
    /** The path the Broadsheet site is served under ({@code /}), which its aliases are relative to. */
    private final String basePath;

    private StaticSiteImport(Source source, Path from, Path site, GeneratorConfig config) {
        this.from = from;
        this.content = site.resolve("content");
        this.config = config;
        this.oldUrls = new OldUrls(source, config);
        this.basePath = Files.isRegularFile(site.resolve(SiteConfig.FILE))
                ? new SiteConfigLoader().load(site, new Problems()).baseUrl().path() : "/";
    }

    /**
     * Imports {@code dir}, a Jekyll or Hugo site folder, into the site folder {@code site}.
     *
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public static Report run(Source source, Path dir, Path site) {
        Path hugoContent = dir.resolve("content");
        Path from = source == Source.HUGO && Files.isDirectory(hugoContent) ? hugoContent : dir;
        StaticSiteImport run = new StaticSiteImport(source, from, site,
                source == Source.JEKYLL ? GeneratorConfig.jekyll(dir) : GeneratorConfig.hugo(dir));
        Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        ImportedFiles.of(source, dir, from).forEach((relative, file) -> run.copy(file, relative, report));
        return report;
    }

    private void copy(Path file, String relative, Report report) {
        Path target = content.resolve(relative);
        String sitePath = "content/" + relative;
        try {
            if (Files.exists(target)) {
                report.kept().add(sitePath);
                return;
            }
            Files.createDirectories(target.getParent());
            if (!isArticle(relative)) {
                Files.copy(file, target);
            } else {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                Map<String, Object> values = Broadsheet.frontMatterValues(text);
                String rewritten = withOldUrl(sitePath, new TemplateRewriter(new ImportLinks(from, relative, oldUrls, this::sitePath), params(values))
                        .rewrite(text), relative, values, report);
                MissingAltTexts.find(rewritten, values).ifPresent(line -> report.undescribed().add(sitePath + ":"
                        + line + ": the lead image has no alt text: add image_alt: describing it (until then the page"
                        + " shows it with an empty alt, and check reports it)"));
                listLeftovers(sitePath, rewritten, report.leftover());
                Files.writeString(target, rewritten, StandardCharsets.UTF_8);
            }
            report.copied().add(sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file at {@code path} is one that Jekyll and Hugo render (and Broadsheet, with front matter). */
    static boolean isArticle(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown") || name.endsWith(".html");
    }

    /**
     * What Hugo's {@code param} finds: the page's front matter, else the site's {@code params};
     * Hugo's keys are not case-sensitive.
     */
    private Map<String, Object> params(Map<String, Object> frontMatter) {
        Map<String, Object> params = new HashMap<>(config.table("params"));
        frontMatter.forEach((key, value) -> params.put(key.toLowerCase(Locale.ROOT), value));
        return params;
    }

    /**
     * {@code text} with the article's old URL among its {@code aliases} (or Jekyll's
     * {@code redirect_from}, which says the same, when {@code aliases} is taken), so that every old
     * link answers; the build gives no redirect where the old URL is the article's own.
     */
    private String withOldUrl(String sitePath, String text, String relative, Map<String, Object> values,
            Report report) {
        Optional<String> oldUrl = oldUrls.of(relative, values);
        Optional<String> alias = oldUrl.flatMap(this::sitePath);
        if (oldUrl.isPresent() && alias.isEmpty()) {
            report.leftover().add(sitePath + ": its old URL " + config.basePath() + oldUrl.get().substring(1)
                    + " is outside this site's " + basePath + ", so no page of the site can redirect it");
        }
        if (alias.isEmpty() || List.of("aliases", "redirect_from").stream()
                .anyMatch(key -> names(values.get(key)).contains(alias.get()))) {
            return text;
        }
        String key = !values.containsKey("aliases") ? "aliases" : !values.containsKey("redirect_from") ? "redirect_from" : "";
        Optional<String> with = key.isEmpty() ? Optional.empty() : Broadsheet.withFrontMatterList(text, key, List.of(alias.get()));
        if (with.isEmpty()) {
            report.leftover().add(sitePath + ": its old URL " + alias.get() + " was not added to its aliases: add it by hand");
            return text;
        }
        report.aliased().add(sitePath + ": " + alias.get());
        return with.get();
    }

    /** An old URL path, under the old site's base path, as a path of this site; empty when it is outside it. */
    private Optional<String> sitePath(String oldUrl) {
        String old = config.basePath() + oldUrl.substring(1);
        return old.startsWith(basePath) ? Optional.of("/" + old.substring(basePath.length())) : Optional.empty();
    }

    private static List<String> names(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : value instanceof String text ? List.of(text) : List.of();
    }

    /** Each tag or shortcode left outside fenced blocks and code spans, which show code rather than run it. */
    private static void listLeftovers(String sitePath, String text, List<String> into) {
        String[] lines = text.split("\n", -1);
        boolean fenced = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```") || lines[i].strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            if (fenced) {
                continue;
            }
            Matcher m = LEFT.matcher(SPAN.matcher(lines[i]).replaceAll(""));
            while (m.find()) {
                into.add(sitePath + ":" + (i + 1) + ": \"" + m.group() + "\" was not rewritten");
            }
        }
    }
}
