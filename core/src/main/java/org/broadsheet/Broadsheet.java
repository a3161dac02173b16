package org.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.broadsheet.article.ArticleReading;
import org.broadsheet.article.SectionFrontReading;
import org.broadsheet.authors.AuthorProfileLoader;
import org.broadsheet.cache.BuildCache;
import org.broadsheet.cache.CorruptCacheException;
import org.broadsheet.cache.Inputs;
import org.broadsheet.cache.Manifest;
import org.broadsheet.cache.ManifestMemory;
import org.broadsheet.comments.CommentLoader;
import org.broadsheet.comments.Comments;
import org.broadsheet.comments.ReplySettingsLoader;
import org.broadsheet.comments.ReplyTargets;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.frontmatter.DateParser;
import org.broadsheet.frontmatter.FrontMatterText;
import org.broadsheet.images.ImageStage;
import org.broadsheet.manifest.BuildRecord;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.model.Schedule;
import org.broadsheet.model.Sections;
import org.broadsheet.model.Site;
import org.broadsheet.model.SiteAssembler;
import org.broadsheet.model.SitePaths;
import org.broadsheet.output.OutputChangedException;
import org.broadsheet.output.OutputLock;
import org.broadsheet.output.OutputStage;
import org.broadsheet.output.SiteWriter;
import org.broadsheet.pages.PagePlanner;
import org.broadsheet.preview.KeptBuild;
import org.broadsheet.problem.BuildFailedException;
import org.broadsheet.problem.Problems;
import org.broadsheet.render.Fingerprints;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.render.Publishing;
import org.broadsheet.run.Parallel;
import org.broadsheet.run.StageClock;
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
 * redo only what changed.
 *
 * <p>Each stage reports problems with file and line, and the stages up to planning the pages run
 * even after one found errors, so that one build reports as many problems as it can. A build
 * with errors stops before rendering; one whose templates fail stops after rendering every page,
 * before anything is put in place; either way it throws {@link BuildFailedException} with all the
 * problems, and the previous output is untouched. Only folders or file names that cannot be read
 * and an output folder that cannot be used stop a build at once.
 *
 * <p>From Java (the {@code broadsheet-core} artifact) a build is one call that prints nothing,
 * {@code Broadsheet.build(BuildRequest.of(siteFolder))}: see docs/content/library-and-maven.md.
 */
public final class Broadsheet {

    /**
     * The folders of a site folder that a build reads, besides {@code broadsheet.yml}: articles,
     * templates, translated messages, approved replies and author profiles.
     */
    public static final List<String> FOLDERS = List.of(ContentLoader.FOLDER, "templates", "i18n", CommentLoader.FOLDER,
            AuthorProfileLoader.FOLDER);

    /** The stage that reads the articles' front matter and renders their Markdown. */
    public static final String READING = "front matter + markdown";

    private final BuildRequest request;
    private final Path root;
    private final Path output;
    private final FileNames names = FileNames.ofThisSystem();
    private final Problems problems = new Problems();
    private final StageClock clock;
    private final ManifestMemory manifests;

    private Broadsheet(BuildRequest request, ManifestMemory manifests) {
        this.manifests = manifests;
        this.request = request;
        this.root = request.siteRoot().toAbsolutePath().normalize();
        this.output = request.output().toAbsolutePath().normalize();
        this.clock = new StageClock(request.progress());
    }

    /**
     * Builds the site folder of {@code request} into its output folder. Safe to call from several
     * threads: builds of different output folders run at once, builds of the same one wait for
     * each other ({@link BuildRequest#lockWait()}).
     *
     * @return what the site holds, what the build wrote, and its warnings
     * @throws BuildFailedException listing every problem, when the input has errors; the
     *         previous output is then untouched
     * @throws java.io.UncheckedIOException when a folder or file cannot be read or written
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
        // a one-off build keeps no manifest for a next build of this process; one with previews is the dev server's
        return build(request, previews, previews == null ? ManifestMemory.none() : new ManifestMemory());
    }

    /**
     * As {@link #build(BuildRequest, Consumer)}, for a process that builds the same site again
     * and again: {@code manifests} remembers the cache's manifest each build saves, so that the
     * next one need not decode it.
     */
    public static BuildResult build(BuildRequest request, Consumer<EditPreview> previews, ManifestMemory manifests) {
        try {
            return new Broadsheet(request, manifests).run(previews);
        } catch (CorruptCacheException | OutputChangedException e) {
            // rebuilt from scratch, never trusted
            BuildCache.delete(request.siteRoot(), request.output(), request.cacheName());
            String what = e instanceof CorruptCacheException ? "damaged" : "outdated";
            return new Broadsheet(request, manifests).run(previews).withCache("cache: " + what + " (" + e.getMessage() + "), rebuilt");
        }
    }

    /**
     * The stages, in order.
     *
     * @param previews null when no one previews edits
     */
    private BuildResult run(Consumer<EditPreview> previews) {
        refuseUnreadableFolders();
        SiteConfig config = clock.time("config", () -> new SiteConfigLoader().load(root, request.baseUrl(), request.environment(), problems));
        List<SourceFile> files = clock.time("load", () -> new ContentLoader().load(root, problems));
        try (OutputLock lock = lockOutput(); BuildCache cache = clock.time("cache", () -> openCache(config))) {
            Inputs inputs = Inputs.of(root, FOLDERS, request.outputOptions(), files, ToolBuild.id());
            if (previews == null && isUpToDate(cache, inputs)) {
                return BuildResult.upToDate(cache.lastSummary(), problems.warnings(), cache.status(), clock);
            }
            TemplateEngine templates = new TemplateEngine(root, config.locale(), config.timezone());
            ImageFiles images = new ImageFiles(files, config.images());
            SiteAssembler assembler = assembler(config, files, templates, images);
            Site site = resizeImages(site(config, files, images, assembler, cache));
            Comments comments = clock.time("comments", () -> comments(config, files));
            PagePlanner.Plan plan = clock.time("plan", () -> new PagePlanner(root, names).plan(site, request.now(), problems));
            Messages messages = clock.time("messages", () -> Messages.load(root, config, problems));
            problems.failIfAny();
            Views views = new Views(site, cache.bodies(), comments, messages, version(), now(config));
            Written written = renderAndWrite(plan, new PageRenderer(templates, views), cache);
            recordReplyTargets(config, site);
            Manifest.Summary summary = saveCache(cache, inputs, written.published(), plan, site, now(config));
            if (previews != null) { // the dev server renders the pages of its next edits from what this build made
                previews.accept(new KeptBuild(root, files, images, assembler, templates, site, comments, messages,
                        plan.pages(), version())::pagesAfter);
            }
            return BuildResult.of(summary, written.work(cache.status()), plan.articleSources(), clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What rendering and writing did: the files now in the output, and how many pages were rendered. */
    private record Written(OutputStage.Published published, int rendered) {

        BuildResult.Work work(String cacheStatus) {
            return new BuildResult.Work(published.files().size(), rendered, published.changed(), !published.fresh(),
                    published.changedPaths(), cacheStatus);
        }
    }

    /** Locks the output folder for the whole build: a second build into it waits, or fails. */
    private OutputLock lockOutput() {
        return OutputStage.lock(output, request.output(), request.lockWait(), request.progress()::waiting, problems);
    }

    /** Renders the pages whose inputs changed and puts the new site in place of the old one. */
    private Written renderAndWrite(PagePlanner.Plan plan, PageRenderer renderer, BuildCache cache) {
        Publishing publishing = new Publishing(renderer, new Fingerprints(root), problems, request.progress()::itemDone);
        OutputStage.Published published = clock.time("render + write", plan.pages().size() + plan.files().size(),
                () -> OutputStage.publish(request.output(), root, BuildRecord.previousOutput(cache, output),
                        writer -> publishing.publish(plan, writer), problems));
        return new Written(published, publishing.rendered());
    }

    /** Records what this build made for the next one; the summary is what a build that changes nothing reports. */
    private Manifest.Summary saveCache(BuildCache cache, Inputs inputs, OutputStage.Published published,
            PagePlanner.Plan plan, Site site, ZonedDateTime now) {
        Manifest.Summary summary = BuildRecord.summary(site, plan, problems.warnings());
        clock.time("save cache", () -> cache.save(inputs.key(), published.buildId(), output,
                BuildRecord.validity(now, plan, site), BuildRecord.outputs(published.files()), summary));
        return summary;
    }

    /**
     * Refuses an output folder that must not be written and folders or file names that cannot be
     * read: what follows would only report them missing.
     */
    private void refuseUnreadableFolders() {
        OutputStage.check(request.output(), root, problems);
        SymbolicLinks.refuseLinkedFolders(root, FOLDERS, problems);
        names.check(root, FOLDERS, problems);
        problems.failIfAny();
    }

    private BuildCache openCache(SiteConfig config) {
        return BuildCache.open(root, output, request.cacheName(), ToolBuild.id(), ArticleReading.parseKey(config, ToolBuild.id()),
                manifests);
    }

    /**
     * Whether the output folder already holds what this build would write: the inputs are the
     * last build's and this build's "now" is one for which its output holds.
     */
    private boolean isUpToDate(BuildCache cache, Inputs inputs) {
        return !problems.hasErrors() && cache.upToDate(inputs.key(), output, SiteWriter.buildIdIn(output),
                request.now().getEpochSecond(), inputs.newestModified());
    }

    /** The assembler of the site model; reading the author profiles and the sections' front pages is its stage. */
    private SiteAssembler assembler(SiteConfig config, List<SourceFile> files, TemplateEngine templates,
            ImageFiles images) {
        var profiles = clock.time("authors", () -> new AuthorProfileLoader().load(root, problems));
        Sections sections = clock.time("section fronts", () -> Sections.of(config,
                new SectionFrontReading(config).readAll(files, problems), problems));
        return new SiteAssembler(config, sections, l -> templates.exists(l + ".ftlh"), images,
                new Schedule(request.includeDrafts(), request.includeFuture(), request.now()), profiles);
    }

    /**
     * Reads the articles and assembles the site. What reading gives beyond the site model (front
     * matter as written, excerpts) is not needed after it, and is not kept: at 100,000 articles
     * it is hundreds of megabytes.
     */
    private Site site(SiteConfig config, List<SourceFile> files, ImageFiles images, SiteAssembler assembler,
            BuildCache cache) {
        List<RenderedArticle> articles = clock.time(READING, (int) files.stream().filter(SourceFile::isMarkdown).count(),
                () -> new ArticleReading(config, images, cache, problems, request.progress()).readAll(files));
        return clock.time("site model", () -> Parallel.run(() -> assembler.assemble(articles, files, problems)));
    }

    /** The site with its raster images published in several widths, made once and kept in {@code .broadsheet/images}. */
    private Site resizeImages(Site site) {
        ImageStage stage = new ImageStage(site.config().images(), root.resolve(BuildCache.FOLDER).resolve("images"),
                request.progress(), problems);
        return clock.time("images", ImageStage.count(site.assets()), () -> stage.publish(site));
    }

    private Comments comments(SiteConfig config, List<SourceFile> files) {
        return new CommentLoader(new ReplySettingsLoader().load(root, request.environment(), problems), config.timezone())
                .load(root, files, problems);
    }

    /** The build's "now" in the site's time zone. */
    private ZonedDateTime now(SiteConfig config) {
        return ZonedDateTime.ofInstant(request.now(), config.timezone());
    }

    /** Tells the reply intake which articles take replies, and where a reader who sent one goes. */
    private void recordReplyTargets(SiteConfig config, Site site) {
        if (config.hasComments()) {
            clock.time("reply targets", () -> ReplyTargets.record(root, site,
                    SitePaths.THANKS, problems));
        }
    }

    /**
     * The settings of a site folder, for services that need them before or without a build
     * (the dev server's base path, the time zone of a new article's date).
     *
     * @throws BuildFailedException when {@code broadsheet.yml} has errors
     */
    public static SiteConfig config(Path siteRoot) {
        return config(BuildRequest.of(siteRoot));
    }

    /**
     * The settings a build of {@code request} uses: its environment's read over the site's, its
     * {@code --base-url} in place of theirs.
     *
     * @throws BuildFailedException when the settings have errors
     */
    public static SiteConfig config(BuildRequest request) {
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigLoader().load(request.siteRoot().toAbsolutePath().normalize(),
                request.baseUrl(), request.environment(), problems);
        problems.failIfAny();
        return config;
    }

    /**
     * Which build put the site in {@code output} in place, as its marker file says: the same
     * id before and after a failed build means that the site there is unchanged; "" when the
     * folder holds no whole site.
     */
    public static String siteIn(Path output) {
        return SiteWriter.buildIdIn(output);
    }

    /**
     * The front matter's values of a file, in any of its forms (YAML, TOML, JSON), unchecked, for
     * importers; none when the file has no front matter or a broken one, which a build reports.
     */
    public static Map<String, Object> frontMatterValues(String file) {
        return FrontMatterText.values(file);
    }

    /**
     * {@code file} with {@code key} and its list of texts as its front matter's first key, written
     * in the front matter's own form; empty when the file has no front matter.
     */
    public static Optional<String> withFrontMatterList(String file, String key, List<String> texts) {
        return FrontMatterText.withList(file, key, texts);
    }

    /**
     * A front matter date read as a build reads it, in {@code zone} when it gives no offset.
     *
     * @throws DateTimeException with a sentence saying what is wrong
     */
    public static ZonedDateTime date(String text, ZoneId zone) {
        return DateParser.parse(text, zone);
    }

    /** Broadsheet's version, from the jar. */
    public static String version() {
        return ToolBuild.version();
    }
}
