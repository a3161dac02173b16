package org.broadsheet.importing.staticsite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.broadsheet.Broadsheet;
import org.broadsheet.source.SourceFile;

/** Links from an imported article (at {@code relative} under {@code content/}) to other files of the import. */
final class ImportLinks implements TemplateRewriter.Files {
    private final Path from;
    private final Path folder;
    private final OldUrls oldUrls;
    /** An old URL as a path of the new site, if it is in it. */
    private final Function<String, Optional<String>> sitePath;

    ImportLinks(Path from, String relative, OldUrls oldUrls, Function<String, Optional<String>> sitePath) {
        Path parent = Path.of(relative).getParent();
        this.from = from;
        this.folder = parent == null ? Path.of("") : parent;
        this.oldUrls = oldUrls;
        this.sitePath = sitePath;
    }

    @Override
    public String link(String path) {
        String file = file(path);
        // the build turns a link to a Markdown file into the article's URL, not one to an HTML article
        return SourceFile.isHtml(file) && Files.isRegularFile(from.resolve(file)) ? url(path) : relative(file);
    }

    @Override
    public String url(String path) {
        String file = file(path);
        if (!StaticSiteImport.isArticle(file)) {
            return "/" + file;
        }
        try {
            return oldUrls.of(file, Broadsheet.frontMatterValues(Files.readString(from.resolve(file), StandardCharsets.UTF_8)))
                    .flatMap(sitePath).orElseGet(() -> relative(file));
        } catch (IOException e) {
            return relative(file); // no such file: the build reports the broken link
        }
    }

    private String relative(String file) {
        return folder.relativize(Path.of(file)).toString().replace('\\', '/');
    }

    @Override
    public String post(String name) {
        return postFile(name).map(this::link).orElse(name);
    }

    @Override
    public String postUrl(String name) {
        return postFile(name).map(this::url).orElse(name);
    }

    /** The file a tag names, under the imported folder: a page's {@code about} is {@code about.md} or {@code about/index.md}. */
    private String file(String path) {
        String clean = path.replaceAll("^[\"']|[\"']$", "").replaceFirst("^/", "");
        String bare = clean.replaceAll("/$", "");
        if (!bare.contains(".")) {
            for (String extension : List.of("md", "markdown", "mdown", "html")) {
                for (String guess : List.of(bare + "." + extension, bare + "/index." + extension)) {
                    if (Files.isRegularFile(from.resolve(guess))) {
                        return guess;
                    }
                }
            }
        }
        return clean;
    }

    private Optional<String> postFile(String name) {
        try (Stream<Path> posts = Files.list(from.resolve("_posts"))) {
            return posts.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(name + ".")).findFirst()
                    .map(n -> "_posts/" + n);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
