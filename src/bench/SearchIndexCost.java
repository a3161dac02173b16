import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.broadsheet.Broadsheet;
import org.broadsheet.cache.BuildCache;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.config.SiteConfigLoader;
import org.broadsheet.frontmatter.FrontMatterParser;
import org.broadsheet.markdown.MarkdownRenderer;
import org.broadsheet.markdown.MarkdownStage;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.model.Edition;
import org.broadsheet.model.Site;
import org.broadsheet.model.SiteAssembler;
import org.broadsheet.pages.SearchIndexPage;
import org.broadsheet.problem.Problems;
import org.broadsheet.render.PageRenderer;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.SourceFile;
import org.broadsheet.source.SourceText;
import org.broadsheet.template.TemplateEngine;
import org.broadsheet.view.Messages;
import org.broadsheet.view.Views;

/**
 * What the search index adds to a build: the time to render each edition's search-index.json,
 * which every build that changes an article does once (a one-page job among the rest).
 *
 * Usage, from the repository root after `mvn -q -DskipTests package`:
 *   java -cp target/broadsheet.jar src/bench/SearchIndexCost.java SITE [RUNS]
 *
 * It reads and renders SITE's articles as a build does, keeping the bodies in the same body pack
 * a build uses (in a scratch folder, not SITE's cache), then renders the index RUNS times (default
 * 10) and prints the first (cold) and the median of the rest, with the machine's core count.
 */
public final class SearchIndexCost {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Problems problems = new Problems();
        SiteConfig config = new SiteConfigLoader().load(root, problems);
        List<SourceFile> files = new ContentLoader().load(root, problems);
        Path scratch = Files.createTempDirectory("search-cost");
        try (BuildCache cache = BuildCache.open(scratch, Broadsheet.version(), 0)) {
            FrontMatterParser frontMatter = new FrontMatterParser(config.timezone());
            MarkdownStage markdown = new MarkdownStage(new MarkdownRenderer(config.unsafeHtml()), cache.bodies(),
                    config.baseUrl().path());
            List<RenderedArticle> articles = files.parallelStream().filter(SourceFile::isMarkdown).map(f -> {
                try {
                    String text = SourceText.decode(Files.readAllBytes(f.path()));
                    return frontMatter.parse(f, text, problems).map(markdown::render).orElseThrow();
                } catch (Exception e) {
                    throw new IllegalStateException(f.sitePath(), e);
                }
            }).toList();
            TemplateEngine templates = new TemplateEngine(root, config.locale(), config.timezone());
            Site site = new SiteAssembler(config, l -> templates.exists(l + ".ftlh"), false)
                    .assemble(articles, files, problems);
            Views views = new Views(site, cache.bodies(), Messages.load(root, config, problems), "bench",
                    ZonedDateTime.ofInstant(Instant.now(), config.timezone()));
            PageRenderer renderer = new PageRenderer(templates, views);
            for (Edition edition : site.editions()) {
                SearchIndexPage page = new SearchIndexPage(edition.language(), edition.articles());
                long[] millis = new long[runs];
                int bytes = 0;
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    bytes = renderer.render(page).length;
                    millis[i] = (System.nanoTime() - start) / 1_000_000;
                }
                long[] warm = Arrays.copyOfRange(millis, 1, runs);
                Arrays.sort(warm);
                System.out.printf("%s: %d articles, %.2f MB; cold %d ms, then median %d ms (%d cores)%n",
                        page.outputPath(), edition.articles().size(), bytes / 1e6, millis[0],
                        warm.length == 0 ? millis[0] : warm[warm.length / 2], Runtime.getRuntime().availableProcessors());
            }
        } finally {
            try (var walk = Files.walk(scratch)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
