package org.broadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import org.broadsheet.authors.AuthorProfile;
import org.broadsheet.authors.AuthorProfileLoader;
import org.broadsheet.cache.BuildCache;
import org.broadsheet.cache.CorruptCacheException;
import org.broadsheet.cache.Manifest;
import org.broadsheet.comments.CommentLoader;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.ReplySettingsLoader;
import org.broadsheet.comments.ReplyTargets;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Listing;
import org.broadsheet.model.Schedule;
import org.broadsheet.model.Site;
import org.broadsheet.model.SiteAssembler;
import org.broadsheet.output.OutputChangedException;
import org.broadsheet.output.OutputFolderException;
import org.broadsheet.output.OutputLock;
import org.broadsheet.output.PreviousOutput;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.pages.ArticlePage;
import org.broadsheet.pages.Page;
import org.broadsheet.pages.PagePlanner;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problem;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.render.Fingerprints;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Publishing;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.FileNames;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SymbolicLinks;
import org.broadsheet.template.TemplateEngine;
import org.broadsheet.view.Messages;
import org.broadsheet.view.Views;

/**
 * Builds a site: reads {@code broadsheet.yml}, loads {@code content/}, parses front matter,
 * renders Markdown, assembles the site model, plans the pages, renders them in parallel into a
 * staging folder and puts them in place. The build cache in {@code .broadsheet/} lets a build
 * redo only what changed. Each stage reports problems with file and line; the build stops after
 * the first stage that found errors, having reported all of them.
 */
public final class Broadsheet {

    /**
     * The folders of a site folder that a build reads, besides {@code broadsheet.yml}: articles,
     * templates, translated messages, approved replies and author profiles.
     */
    public static final List<String> FOLDERS = List.of(ContentLoader.FOLDER, "templates", "i18n", CommentLoader.FOLDER,
            AuthorProfileLoader.FOLDER);

    private static final Properties BUILD_INFO = buildInfo();

    /** The stage that reads the articles' front matter and renders their Markdown. */
    static final String READING = "front matter + markdown";

    private Broadsheet() {
    }

    /**
     * @throws BuildFailedException listing every problem, when the input has errors; the
     *         previous output is then untouched
     */
    public static BuildResult build(BuildRequest request) {
        return build(request, null);
    }

    /**
     * A build for the dev server: as {@link #build(BuildRequest)}, and then hands {@code previews}
     * what showing the next edit of an article at once needs. It assembles the site even when
     * nothing changed, so that there is always a site model to preview from.
     */
    public static BuildResult build(BuildRequest request, Consumer<EditPreview> previews) {
        try {
            return run(request, previews);
        } catch (CorruptCacheException | OutputChangedException e) {
            // rebuilt from scratch, never trusted
            BuildCache.delete(request.siteRoot(), request.output(), request.cacheName());
            String what = e instanceof CorruptCacheException ? "damaged" : "outdated";
            return run(request, previews).withCache("cache: " + what + " (" + e.getMessage() + "), rebuilt");
        }
    }

    /** @param previews null when no one previews edits */
    private static BuildResult run(BuildRequest request, Consumer<EditPreview> previews) {
        Path root = request.siteRoot().toAbsolutePath().normalize();
        Path output = request.output().toAbsolutePath().normalize();
        Problems problems = new Problems();
        StageClock clock = new StageClock(request.progress());
        checkOutputPlace(request, root, problems);
        SymbolicLinks.refuseLinkedFolders(root, FOLDERS, problems);
        FileNames names = FileNames.ofThisSystem();
        names.check(root, FOLDERS, problems);
        problems.failIfAny(); // folders or names that cannot be read: what follows would only report them missing
        SiteConfig config = clock.time("config", () -> new SiteConfigLoader().load(root, problems));
        List<SourceFile> files = clock.time("load", () -> new ContentLoader().load(root, problems));
        try (OutputLock lock = lockOutput(request, output, problems);
                BuildCache cache = clock.time("cache", () -> BuildCache.open(root, output, request.cacheName(), toolBuild(),
                ArticleReading.parseKey(config, toolBuild())))) {
            Inputs inputs = Inputs.of(root, request, files, toolBuild());
            if (previews == null && !problems.hasErrors() && cache.upToDate(inputs.key(), output, SiteWriter.buildIdIn(output),
                    request.now().getEpochSecond(), inputs.newestModified())) {
                return upToDate(cache.lastSummary(), clock, problems, cache.status());
            }
            TemplateEngine templates = new TemplateEngine(root, config.locale(), config.timezone());
            ImageFiles images = new ImageFiles(files);
            Map<String, AuthorProfile> profiles = clock.time("authors", () -> new AuthorProfileLoader().load(root, problems));
            SiteAssembler assembler = new SiteAssembler(config, l -> templates.exists(l + ".ftlh"), images,
                    new Schedule(request.includeDrafts(), request.includeFuture(), request.now()), profiles);
            Site site = site(request, config, files, images, assembler, cache, clock, problems);
            Comments comments = clock.time("comments", () -> new CommentLoader(new ReplySettingsLoader().load(root, problems),
                    config.timezone()).load(root, files, problems));
            PagePlanner.Plan plan = clock.time("plan", () -> new PagePlanner(root, names).plan(site, request.now(), problems));
            Messages messages = clock.time("messages", () -> Messages.load(root, config, problems));
            problems.failIfAny();
            ZonedDateTime now = ZonedDateTime.ofInstant(request.now(), config.timezone());
            Views views = new Views(site, cache.bodies(), comments, messages, version(), now);
            Publishing publishing = new Publishing(new PageRenderer(templates, views),
                    new Fingerprints(root), problems, request.progress()::itemDone);
            Published published = clock.time("render + write", plan.pages().size() + plan.files().size(),
                    () -> publish(plan, publishing,
                    previousOutput(cache, output), request.output(), root, problems));
            int pages = (int) plan.pages().stream().filter(Page::isHtml).count();
            if (config.hasComments()) {
                clock.time("reply targets", () -> ReplyTargets.record(root, site,
                        PagePlanner.THANKS_PAGE.replace("index.html", ""), problems));
            }
            List<Problem> warnings = problems.warnings();
            Optional<BuildResult.Scheduled> scheduled = site.nextScheduled()
                    .map(a -> new BuildResult.Scheduled(a.source(), a.date()));
            Optional<BuildResult.Scheduled> expiring = site.nextExpiry()
                    .map(a -> new BuildResult.Scheduled(a.source(), a.expires().get()));
            Manifest.Summary summary = new Manifest.Summary(pages, site.articles().size(),
                    distinct(site, Edition::sections), distinct(site, Edition::tags), distinct(site, Edition::authors),
                    warnings, BuildResult.Scheduled.saved(scheduled), BuildResult.Scheduled.saved(expiring));
            Manifest.Validity valid = validity(now, plan, scheduled, expiring);
            clock.time("save cache", () -> cache.save(inputs.key(), published.buildId(), output, valid,
                    manifestOutputs(published.files()), summary));
            if (previews != null) {
                previews.accept(new EditPreview(root, files, images, assembler, templates, site, comments, messages,
                        plan.pages()));
            }
            return new BuildResult(pages, published.files().size(), summary.articles(), summary.sections(),
                    summary.tags(), summary.authors(), clock.elapsedMillis(), warnings,
                    clock.times(), publishing.rendered(), published.changed(), !published.fresh(),
                    cache.status(), scheduled, expiring, pageSources(plan), published.changedPaths());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the articles and assembles the site. What reading gives beyond the site model (front
     * matter as written, excerpts) is not needed after it, and is not kept: at 100,000 articles
     * it is hundreds of megabytes.
     */
    private static Site site(BuildRequest request, SiteConfig config, List<SourceFile> files, ImageFiles images,
            SiteAssembler assembler, BuildCache cache, StageClock clock, Problems problems) {
        List<RenderedArticle> articles = clock.time(READING,
                (int) files.stream().filter(SourceFile::isMarkdown).count(),
                () -> new ArticleReading(config, images, cache, problems, request.progress()).readAll(files));
        return clock.time("site model", () -> Parallel.run(() -> assembler.assemble(articles, files, problems)));
    }

    /**
     * The result of a build that found its output already written from the same inputs. The
     * warnings are the last build's (they came from the same files), plus this one's own.
     */
    private static BuildResult upToDate(Manifest.Summary last, StageClock clock, Problems problems, String cache) {
        List<Problem> warnings = new java.util.ArrayList<>(last.warnings());
        problems.warnings().stream().filter(w -> !warnings.contains(w)).forEach(warnings::add);
        return new BuildResult(last.pages(), 0, last.articles(), last.sections(), last.tags(), last.authors(),
                clock.elapsedMillis(), warnings, clock.times(), 0, 0, true, cache + "; nothing changed",
                BuildResult.Scheduled.of(last.scheduled()), BuildResult.Scheduled.of(last.expiring()),
                Map.of(), java.util.Set.of());
    }

    /**
     * For which "now"s this build's output holds: from its own "now" until the first moment the
     * clock alone changes it (a new year for the footer, an article leaving the news sitemap, a
     * scheduled article falling due, one expiring).
     */
    private static Manifest.Validity validity(ZonedDateTime now, PagePlanner.Plan plan,
            Optional<BuildResult.Scheduled> scheduled, Optional<BuildResult.Scheduled> expiring) {
        long until = now.plusYears(1).withDayOfYear(1).toLocalDate().atStartOfDay(now.getZone()).toEpochSecond();
        if (!plan.expires().equals(java.time.Instant.MAX)) {
            until = Math.min(until, plan.expires().getEpochSecond());
        }
        for (Optional<BuildResult.Scheduled> due : List.of(scheduled, expiring)) {
            if (due.isPresent()) {
                until = Math.min(until, due.get().date().toEpochSecond());
            }
        }
        return new Manifest.Validity(now.toEpochSecond(), until);
    }

    /** The source file of each article's page, by output path, for services such as the link checker. */
    private static Map<String, String> pageSources(PagePlanner.Plan plan) {
        Map<String, String> sources = new HashMap<>();
        plan.pages().stream().filter(ArticlePage.class::isInstance).forEach(p -> sources.put(p.outputPath(), p.owner()));
        return sources;
    }

    /**
     * The settings of a site folder, for services that need them before or without a build
     * (the dev server's base path, the time zone of a new article's date).
     *
     * @throws BuildFailedException when {@code broadsheet.yml} has errors
     */
    public static SiteConfig config(Path siteRoot) {
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigLoader().load(siteRoot.toAbsolutePath().normalize(), problems);
        problems.failIfAny();
        return config;
    }

    /** How many different sections, tags or authors the editions have between them. */
    private static int distinct(Site site, java.util.function.Function<Edition, List<Listing>> listings) {
        return (int) site.editions().stream().flatMap(e -> listings.apply(e).stream()).map(Listing::slug).distinct().count();
    }

    /** What the last build wrote into this output folder, as far as the cache knows. */
    private static PreviousOutput previousOutput(BuildCache cache, Path output) {
        return cache.previous().filter(m -> m.output().equals(output.toString())).map(m -> {
            Map<String, SiteWriter.OutputFile> files = new HashMap<>(m.outputs().size() * 2);
            m.outputs().forEach((path, o) -> files.put(path, new SiteWriter.OutputFile(o.fingerprint(), o.contentHash())));
            return new PreviousOutput(m.buildId(), files);
        }).orElse(PreviousOutput.NONE);
    }

    private static Map<String, Manifest.Output> manifestOutputs(Map<String, SiteWriter.OutputFile> written) {
        Map<String, Manifest.Output> outputs = new HashMap<>(written.size() * 2);
        written.forEach((path, f) -> outputs.put(path, new Manifest.Output(f.fingerprint(), f.contentHash())));
        return outputs;
    }

    /** The files of a build, how many of them changed on disk and, on an update, which. */
    private record Published(Map<String, SiteWriter.OutputFile> files, int changed, java.util.Set<String> changedPaths,
            boolean fresh, String buildId) {
    }

    /**
     * Makes this build the only one writing into {@code output}, waiting for another one that
     * is, and finishes the swap of a build that was killed while it put its site in place.
     */
    private static OutputLock lockOutput(BuildRequest request, Path output, Problems problems) {
        OutputLock lock = null;
        try {
            lock = OutputLock.acquire(output, request.lockWait(), request.progress()::waiting);
            SiteWriter.finishInterruptedSwap(output);
            return lock;
        } catch (OutputFolderException | IOException e) {
            try {
                if (lock != null) {
                    lock.close();
                }
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            problems.error(SourcePosition.of(request.output().toString()), e instanceof OutputFolderException
                    ? e.getMessage() : "cannot be prepared for this build: " + e.getMessage());
            throw new BuildFailedException(problems.all());
        }
    }

    /** Refuses a dangerous output folder before anything is written anywhere. */
    private static void checkOutputPlace(BuildRequest request, Path root, Problems problems) {
        try {
            SiteWriter.checkPlace(request.output(), root);
        } catch (OutputFolderException e) {
            problems.error(SourcePosition.of(request.output().toString()), e.getMessage());
            throw new BuildFailedException(problems.all());
        } catch (IOException e) {
            problems.error(SourcePosition.of(request.output().toString()), "cannot be read: " + e.getMessage());
            throw new BuildFailedException(problems.all());
        }
    }

    /** Renders into a staging folder and, if nothing failed, puts the changes in place. */
    private static Published publish(PagePlanner.Plan plan, Publishing publishing, PreviousOutput previous,
            Path output, Path root, Problems problems) {
        try (SiteWriter writer = SiteWriter.open(output, root, previous)) {
            Parallel.run(() -> {
                publishing.publish(plan, writer);
                return null;
            });
            problems.failIfAny();
            String buildId = writer.commit();
            return new Published(writer.files(), writer.filesChanged(), writer.pathsChanged(), writer.isFresh(), buildId);
        } catch (OutputFolderException e) {
            problems.error(SourcePosition.of(output.toString()), e.getMessage());
            throw new BuildFailedException(problems.all());
        } catch (IOException e) {
            problems.error(SourcePosition.of(output.toString()), "cannot be written: " + e.getMessage());
            throw new BuildFailedException(problems.all());
        } catch (UncheckedIOException e) {
            problems.error(SourcePosition.of(output.toString()), e.getMessage()); // "cannot write world/x/index.html: …"
            throw new BuildFailedException(problems.all());
        }
    }

    /** Broadsheet's version, from the jar. */
    public static String version() {
        return BUILD_INFO.getProperty("version", "development");
    }

    /**
     * Which build of Broadsheet this is: its version and when it was compiled. Cached work is
     * reused only by the same build, so a rebuilt snapshot never serves pages the old one rendered.
     */
    static String toolBuild() {
        return version() + "+" + BUILD_INFO.getProperty("build", "");
    }

    private static Properties buildInfo() {
        Properties properties = new Properties();
        try (InputStream in = Broadsheet.class.getResourceAsStream("/broadsheet-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable resource leaves the version "development"
        }
        return properties;
    }
}
