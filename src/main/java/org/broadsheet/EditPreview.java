package org.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.comments.Comments;
import org.broadsheet.config.Language;
import org.broadsheet.markdown.MemoryBodyStore;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.model.Article;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Site;
import org.broadsheet.model.SiteAssembler;
import org.broadsheet.problem.Problems;
import org.broadsheet.render.ArticlePage;
import org.broadsheet.render.Messages;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.TemplateEngine;
import org.broadsheet.render.Views;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;

/**
 * Shows an edited article's page at once, before the whole site is built again: what the dev
 * server keeps of its last good build (the site model, templates, texts and replies) to render
 * that one page. An edit qualifies when the article stays where it was in the site
 * ({@link Article#samePlaceAs}); its own page is then rendered exactly as the next build renders
 * it, and that build brings listings, feeds and the search index up to date.
 */
public final class EditPreview {

    private final Path content;
    private final List<SourceFile> files;
    /** Bodies of edited articles only: the build's cache is closed by the time a preview is asked for. */
    private final MemoryBodyStore bodies = new MemoryBodyStore();
    private final ArticleParsing parsing;
    private final SiteAssembler assembler;
    private final TemplateEngine templates;
    private final Site site;
    private final Comments comments;
    private final Messages messages;
    /** The build's content files by path, and its published articles by source: made at the first preview. */
    private Map<Path, SourceFile> sources;
    private Map<String, ArticlePage> pages;

    EditPreview(Path siteRoot, List<SourceFile> files, ImageFiles images, SiteAssembler assembler,
            TemplateEngine templates, Site site, Comments comments, Messages messages) {
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
     * The pages of the edited articles, by output path, as the next build will write them.
     * Empty when the changes are not just edits that leave articles in place: a file outside
     * {@code content/} changed, a file was added or deleted, an article has errors or moved
     * (another date, section, tag, URL…), or its page does not render. Files that came and went
     * since the last build (an editor's temporary files) are no change at all.
     *
     * @param changed the files changed since the last build, as absolute paths
     */
    public synchronized Optional<Map<String, byte[]>> pagesAfter(Set<Path> changed, Instant now) {
        if (sources == null) {
            index();
        }
        List<ArticlePage> edited = new java.util.ArrayList<>();
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
        Views views = new Views(site, bodies, comments, messages, Broadsheet.version(),
                ZonedDateTime.ofInstant(now, site.config().timezone()), edited.stream().map(ArticlePage::article).toList());
        PageRenderer renderer = new PageRenderer(templates, views);
        Map<String, byte[]> rendered = new LinkedHashMap<>();
        try {
            for (ArticlePage page : edited) {
                rendered.put(page.outputPath(), renderer.render(page));
            }
        } catch (TemplateEngine.TemplateProblem e) {
            return Optional.empty();
        }
        return Optional.of(rendered);
    }

    /** The edited article's page, if the edit leaves the article where it was. */
    private Optional<ArticlePage> edited(SourceFile file) {
        ArticlePage before = pages.get(file.sitePath());
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
        pages = new HashMap<>();
        for (Edition edition : site.editions()) {
            Language language = edition.language();
            edition.articles().forEach(a -> pages.put(a.source(), new ArticlePage(a, language)));
            edition.pages().forEach(a -> pages.put(a.source(), new ArticlePage(a, language)));
        }
    }
}
