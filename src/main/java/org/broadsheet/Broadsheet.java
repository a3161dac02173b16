package org.broadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.broadsheet.comments.CommentLoader;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.ReplySettingsLoader;
import org.broadsheet.comments.ReplyTargets;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.frontmatter.FrontMatterParser;
import org.broadsheet.frontmatter.ParsedArticle;
import org.broadsheet.markdown.BodyStore;
import org.broadsheet.markdown.MarkdownRenderer;
import org.broadsheet.markdown.MarkdownStage;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.model.Site;
import org.broadsheet.model.SiteAssembler;
import org.broadsheet.output.OutputFolderException;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.render.Page;
import org.broadsheet.render.PagePlanner;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.StaticFile;
import org.broadsheet.render.TemplateEngine;
import org.broadsheet.render.Views;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SourceText;

/**
 * Builds a site: reads {@code broadsheet.yml}, loads {@code content/}, parses front matter,
 * renders Markdown, assembles the site model, plans the pages, renders them in parallel into a
 * staging folder and swaps it into place. Each stage reports problems with file and line; the
 * build stops after the first stage that found errors, having reported all of them.
 */
public final class Broadsheet {

    /** An article larger than this is a mistake (a pasted dump), not news. */
    static final long MAX_ARTICLE_BYTES = 8L << 20;

    private Broadsheet() {
    }

    /**
     * @throws BuildFailedException listing every problem, when the input has errors; the
     *         previous output is then untouched
     */
    public static BuildResult build(BuildRequest request) {
        Path root = request.siteRoot().toAbsolutePath().normalize();
        Problems problems = new Problems();
        StageClock clock = new StageClock();
        SiteConfig config = clock.time("config", () -> new SiteConfigLoader().load(root, problems));
        List<SourceFile> files = clock.time("load", () -> new ContentLoader().load(root, problems));
        TemplateEngine templates = new TemplateEngine(root, config.locale(), config.timezone());
        BodyStore bodies = new BodyStore();
        List<RenderedArticle> articles = clock.time("front matter + markdown",
                () -> readArticles(files, config, bodies, problems));
        Site site = clock.time("site model", () -> new SiteAssembler(config, l -> templates.exists(l + ".ftlh"),
                request.includeDrafts()).assemble(articles, files, problems));
        Comments comments = clock.time("comments", () -> new CommentLoader(new ReplySettingsLoader().load(root, problems),
                config.timezone()).load(root, files, problems));
        PagePlanner.Plan plan = clock.time("plan", () -> new PagePlanner(root).plan(site, problems));
        problems.failIfAny();
        Views views = new Views(site, bodies, comments, version(), ZonedDateTime.ofInstant(request.now(), config.timezone()));
        int written = clock.time("render + write", () -> write(plan, new PageRenderer(templates, views),
                request.output(), root, problems));
        if (config.hasComments()) {
            clock.time("reply targets", () -> ReplyTargets.record(root, site,
                    PagePlanner.THANKS_PAGE.replace("index.html", ""), problems));
        }
        return new BuildResult((int) plan.pages().stream().filter(Page::isHtml).count(), written,
                site.articles().size(), site.sections().size(), site.tags().size(), site.authors().size(),
                clock.elapsedMillis(), problems.warnings(), clock.times());
    }

    /** Front matter and Markdown, file by file in parallel: each file's text is dropped once rendered. */
    private static List<RenderedArticle> readArticles(List<SourceFile> files, SiteConfig config, BodyStore bodies,
            Problems problems) {
        FrontMatterParser frontMatter = new FrontMatterParser(config.timezone());
        MarkdownStage markdown = new MarkdownStage(new MarkdownRenderer(config.unsafeHtml()), bodies,
                config.baseUrl().path());
        return parallel(() -> files.parallelStream().filter(SourceFile::isMarkdown)
                .map(file -> read(file, problems).flatMap(text -> frontMatter.parse(file, text, problems))
                        .flatMap(parsed -> render(markdown, parsed, problems)))
                .flatMap(Optional::stream).toList());
    }

    private static Optional<String> read(SourceFile file, Problems problems) {
        try {
            if (Files.size(file.path()) > MAX_ARTICLE_BYTES) {
                problems.error(SourcePosition.of(file.sitePath()), "is larger than " + (MAX_ARTICLE_BYTES >> 20)
                        + " MB; an article that large is most likely a mistake");
                return Optional.empty();
            }
            return Optional.of(SourceText.decode(Files.readAllBytes(file.path())));
        } catch (SourceText.NotUtf8Exception e) {
            problems.error(SourcePosition.of(file.sitePath(), e.line()), e.getMessage());
        } catch (IOException e) {
            problems.error(SourcePosition.of(file.sitePath()), "cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<RenderedArticle> render(MarkdownStage markdown, ParsedArticle parsed, Problems problems) {
        try {
            return Optional.of(markdown.render(parsed));
        } catch (StackOverflowError e) {
            problems.error(SourcePosition.of(parsed.file().sitePath(), parsed.bodyLine()),
                    "is nested too deeply (lists or quotes inside each other) to render");
            return Optional.empty();
        }
    }

    /** Renders every page in parallel into a staging folder, and swaps it in if all went well. */
    private static int write(PagePlanner.Plan plan, PageRenderer renderer, Path output, Path root, Problems problems) {
        try (SiteWriter writer = SiteWriter.open(output, root)) {
            TemplateErrors templateErrors = new TemplateErrors();
            parallel(() -> {
                plan.pages().parallelStream().forEach(page -> {
                    try {
                        writer.write(page.outputPath(), renderer.render(page));
                    } catch (TemplateEngine.TemplateProblem e) {
                        templateErrors.add(e, page);
                    }
                });
                plan.files().parallelStream().forEach(file -> copy(writer, file, problems));
                return null;
            });
            templateErrors.reportTo(problems);
            problems.failIfAny();
            writer.commit();
            return writer.filesWritten();
        } catch (OutputFolderException e) {
            problems.error(SourcePosition.of(output.toString()), e.getMessage());
            throw new BuildFailedException(problems.all());
        } catch (IOException e) {
            problems.error(SourcePosition.of(output.toString()), "cannot be written: " + e.getMessage());
            throw new BuildFailedException(problems.all());
        }
    }

    private static void copy(SiteWriter writer, StaticFile file, Problems problems) {
        try {
            writer.copy(file.open(), file.outputPath());
        } catch (IOException | UncheckedIOException e) {
            problems.error(SourcePosition.of(file.owner()), "cannot be copied: " + e.getMessage());
        }
    }

    /** Runs a parallel stream on a pool as wide as the machine (the common pool leaves a core idle). */
    private static <T> T parallel(java.util.concurrent.Callable<T> work) {
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            return pool.submit(work).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("build interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** Broadsheet's version, from the jar. */
    public static String version() {
        try (InputStream in = Broadsheet.class.getResourceAsStream("/broadsheet-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
