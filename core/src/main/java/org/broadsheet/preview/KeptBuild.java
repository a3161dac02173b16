package org.broadsheet.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.article.ArticleParsing;
import org.broadsheet.article.ArticleReading;
import org.broadsheet.comments.Comments;
import org.broadsheet.markdown.MemoryBodyStore;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.model.Article;
import org.broadsheet.model.Site;
import org.broadsheet.model.SiteAssembler;
import org.broadsheet.pages.ArticlePage;
import org.broadsheet.pages.FeedPage;
import org.broadsheet.pages.JsonFeedPage;
import org.broadsheet.pages.Page;
import org.broadsheet.problem.Problems;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;
import org.broadsheet.template.TemplateEngine;
import org.broadsheet.view.Messages;
import org.broadsheet.view.Views;

/**
 * Shows the pages a save changes at once, before the whole site is built again: what the dev
 * server keeps of its last good build (the site model, its pages, templates, texts and
 * replies) to render a few pages; the facade hands it to the server as an {@code EditPreview}.
 * After an edit of articles that leaves them where they were in the site
 * ({@link Article#samePlaceAs}), their own pages; after a change of templates, the pages open in
 * the browser, with the new templates. Each is rendered exactly as the next build renders it,
 * and that build brings the rest of the site up to date.
 */
public final class KeptBuild {

    private final Path root;
    private final Path content;
    /** The pages of the last build. */
    private final List<Page> planned;
    private final List<SourceFile> files;
    /** Bodies of edited articles only: the build's cache is closed by the time a preview is asked for. */
    private final MemoryBodyStore bodies = new MemoryBodyStore();
    private final ArticleParsing parsing;
    private final SiteAssembler assembler;
    private final TemplateEngine templates;
    private final Site site;
    private final Comments comments;
    private final Messages messages;
    /** Broadsheet's version, which pages show. */
    private final String version;
    /**
     * Made at the first preview: the build's content files by path, its pages by output path
     * (which names the pages open in the browser), and its articles' pages by source.
     */
    private Map<Path, SourceFile> sources;
    private Map<String, Page> byOutput;
    private Map<String, ArticlePage> articlePages;

    /**
     * What a build made and used, kept: its site folder, content files and images, the
     * assembler that placed its articles, its templates, site model, replies, texts and pages.
     */
    public KeptBuild(Path siteRoot, List<SourceFile> files, ImageFiles images, SiteAssembler assembler,
            TemplateEngine templates, Site site, Comments comments, Messages messages, List<Page> planned,
            String version) {
        this.root = siteRoot;
        this.version = version;
        this.planned = planned;
        this.content = siteRoot.resolve(ContentLoader.FOLDER);
        this.files = files;
        this.parsing = new ArticleParsing(site.config(), images, bodies);
        this.assembler = assembler;
        this.templates = templates;
        this.site = site;
        this.comments = comments;
        this.messages = messages;
    }

    /**
     * The pages a save changes, by output path, as the next build will write them; empty when
     * they cannot be shown before it. What {@code EditPreview.pagesAfter} promises.
     *
     * @param changed the files changed since the last build, as absolute paths
     * @param open    the output paths of the pages open in the browser ({@code world/x/index.html})
     */
    public synchronized Optional<Map<String, byte[]>> pagesAfter(Set<Path> changed, Set<String> open, Instant now) {
        if (sources == null) {
            index();
        }
        if (!changed.isEmpty() && changed.stream().allMatch(this::isTemplate)) {
            List<Page> pages = openPages(open, Set.of());
            return pages.isEmpty() ? Optional.empty()
                    : render(pages, new TemplateEngine(root, site.config().locale(), site.config().timezone()), now);
        }
        List<ArticlePage> edited = new ArrayList<>();
        for (Path path : changed) {
            SourceFile file = sources.get(path);
            if (file == null && path.startsWith(content) && !Files.exists(path) && !heldSources(path)) {
                continue;
            }
            Optional<ArticlePage> page = file != null && file.isMarkdown() && Files.isRegularFile(path) ? edited(file)
                    : Optional.empty();
            if (page.isEmpty()) {
                return Optional.empty();
            }
            edited.add(page.get());
        }
        List<Page> pages = new ArrayList<>(edited);
        Set<String> shown = edited.stream().map(Page::outputPath).collect(Collectors.toSet());
        pages.addAll(openPages(open, shown));
        return render(pages, templates, now);
    }

    /**
     * The pages open in the browser but those in {@code skip}. An article's page reads its file
     * again, since the build's bodies are not kept; feeds, which show many bodies, wait for
     * the build.
     */
    private List<Page> openPages(Set<String> open, Set<String> skip) {
        List<Page> pages = new ArrayList<>();
        for (String outputFile : open) {
            Page page = skip.contains(outputFile) ? null : byOutput.get(outputFile);
            if (page instanceof ArticlePage article) {
                SourceFile file = sources.get(root.resolve(article.article().source()));
                edited(file).ifPresent(pages::add);
            } else if (page != null && !(page instanceof FeedPage) && !(page instanceof JsonFeedPage)) {
                pages.add(page);
            }
        }
        return pages;
    }

    private boolean isTemplate(Path path) {
        Path folder = root.resolve("templates");
        String name = path.getFileName().toString();
        return path.startsWith(folder) && !path.startsWith(folder.resolve("assets"))
                && (name.endsWith(".ftlh") || name.endsWith(".ftlx") || name.endsWith(".ftl"));
    }

    /** The pages, the articles of the article pages shown as edited wherever they appear; empty when one fails. */
    private Optional<Map<String, byte[]>> render(List<? extends Page> pages, TemplateEngine engine, Instant now) {
        List<Article> edited = pages.stream().filter(ArticlePage.class::isInstance)
                .map(p -> ((ArticlePage) p).article()).toList();
        Views views = new Views(site, bodies, comments, messages, version,
                ZonedDateTime.ofInstant(now, site.config().timezone()), edited);
        PageRenderer renderer = new PageRenderer(engine, views);
        Map<String, byte[]> rendered = new LinkedHashMap<>();
        try {
            for (Page page : pages) {
                rendered.put(page.outputPath(), renderer.render(page));
            }
        } catch (TemplateEngine.TemplateProblem | RuntimeException e) {
            return Optional.empty(); // the build reports what is wrong
        }
        return Optional.of(rendered);
    }

    /** The edited article's page, if the edit leaves the article where it was. */
    private Optional<ArticlePage> edited(SourceFile file) {
        ArticlePage before = file == null ? null : articlePages.get(file.sitePath());
        if (before == null) {
            return Optional.empty(); // a draft or scheduled article, which is not on the site
        }
        Problems problems = new Problems();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.path());
        } catch (IOException e) {
            return Optional.empty();
        }
        if (bytes.length > ArticleReading.MAX_ARTICLE_BYTES) {
            return Optional.empty(); // the build says what is wrong with it
        }
        Optional<RenderedArticle> rendered = parsing.parse(file, bytes, problems);
        Optional<Article> after = rendered.flatMap(r -> assembler.place(r, problems));
        if (problems.hasErrors() || after.isEmpty() || !before.article().samePlaceAs(after.get())) {
            return Optional.empty();
        }
        return Optional.of(new ArticlePage(after.get(), before.language()));
    }

    /** Whether a vanished folder held files of the last build. */
    private boolean heldSources(Path folder) {
        return sources.keySet().stream().anyMatch(p -> p.startsWith(folder));
    }

    private void index() {
        sources = new HashMap<>(files.size() * 2);
        files.forEach(f -> sources.put(f.path(), f));
        articlePages = new HashMap<>();
        byOutput = new HashMap<>(planned.size() * 2);
        for (Page page : planned) {
            byOutput.put(page.outputPath(), page);
            if (page instanceof ArticlePage article) {
                articlePages.put(article.article().source(), article);
            }
        }
    }
}
