package org.broadsheet.importing.staticsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlReader;

/**
 * Copies a Jekyll blog's {@code _posts} and {@code _drafts}, or a Hugo site's {@code content/},
 * into a Broadsheet site's {@code content/}, keeping each file's path under it, never over a file
 * that is there. Each article's body has its common Liquid tags and shortcodes rewritten
 * ({@link TemplateRewriter}); what is left is listed in the report at its file and line.
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
     */
    public record Report(List<String> copied, List<String> kept, List<String> leftover, List<String> undescribed) {
    }

    private static final Pattern LEFT = Pattern.compile("\\{\\{[<%].*?[>%]}}|\\{%.*?%}|\\{\\{.*?}}");
    private static final Pattern SPAN = Pattern.compile("(`+).*?\\1");
    private static final Pattern FRONT = Pattern.compile("\\A\\s*---\\n(.*?)\\n---\\n", Pattern.DOTALL);

    private final Path from;
    private final Path content;

    private StaticSiteImport(Path from, Path content) {
        this.from = from;
        this.content = content;
    }

    /**
     * Imports {@code dir}, a Jekyll or Hugo site folder, into the site folder {@code site}.
     *
     * @throws UncheckedIOException when a file cannot be read or written
     */
    public static Report run(Source source, Path dir, Path site) {
        Path hugoContent = dir.resolve("content");
        Path from = source == Source.HUGO && Files.isDirectory(hugoContent) ? hugoContent : dir;
        StaticSiteImport run = new StaticSiteImport(from, site.resolve("content"));
        List<Path> files = new ArrayList<>();
        List<Path> roots = source == Source.JEKYLL ? List.of(dir.resolve("_posts"), dir.resolve("_drafts")) : List.of(from);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Report report = new Report(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        files.forEach(file -> run.copy(file, report));
        return report;
    }

    private void copy(Path file, Report report) {
        String relative = from.relativize(file).toString().replace('\\', '/');
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
                Map<String, Object> values = frontMatter(text);
                String rewritten = new TemplateRewriter(new Links(relative), values).rewrite(text);
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

    private static boolean isArticle(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".mdown") || name.endsWith(".html");
    }

    /** The YAML front matter's values, for Hugo's {@code param}; none for another form or a broken one. */
    private static Map<String, Object> frontMatter(String text) {
        Matcher m = FRONT.matcher(text);
        if (!m.find()) {
            return Map.of();
        }
        try {
            return YamlReader.forFrontMatter(256 * 1024).read(m.group(1), 2).values();
        } catch (YamlException e) {
            return Map.of(); // the build reports it at its line
        }
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

    /** Links from the article at {@code relative} (under {@code content/}) to other files of the import. */
    private final class Links implements TemplateRewriter.Files {
        private final Path folder;

        Links(String relative) {
            Path parent = Path.of(relative).getParent();
            this.folder = parent == null ? Path.of("") : parent;
        }

        @Override
        public String link(String path) {
            String clean = path.replaceAll("^[\"']|[\"']$", "").replaceFirst("^/", "");
            if (!clean.contains(".")) {
                for (String guess : List.of(clean + ".md", clean + "/index.md", clean.replaceAll("/$", "") + ".md")) {
                    if (Files.exists(from.resolve(guess))) {
                        clean = guess;
                        break;
                    }
                }
            }
            return folder.relativize(Path.of(clean)).toString().replace('\\', '/');
        }

        @Override
        public String post(String name) {
            try (Stream<Path> posts = Files.list(from.resolve("_posts"))) {
                return posts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name + ".")).findFirst()
                        .map(n -> link("_posts/" + n)).orElse(name);
            } catch (IOException e) {
                return name;
            }
        }
    }
}
