package org.broadsheet.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.broadsheet.Broadsheet;
import org.broadsheet.BuildRequest;
import org.broadsheet.BuildResult;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.problem.Problem;
import org.broadsheet.run.Parallel;
import org.broadsheet.source.FileTree;

/**
 * {@code broadsheet check}: builds the site through the facade into a temporary folder, checks
 * every page, feed and sitemap there, and throws the folder away; and looks for readers'
 * replies that the output or git would make public.
 */
public final class SiteCheck {

    /**
     * What a check found.
     *
     * @param problems    errors and warnings, by file and line
     * @param pages       HTML pages checked
     * @param xmlFiles    feeds, sitemaps and other XML files checked
     * @param buildMillis how long the build took
     * @param checkMillis how long the checks took after it
     */
    public record Report(List<Problem> problems, int pages, int xmlFiles, long buildMillis, long checkMillis) {
        public Report {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(Problem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }

        /** {@code Checked 120 pages and 9 feeds and sitemaps in 0.4 s (build 1.2 s): 0 errors, 2 warnings.} */
        public String summary() {
            return String.format(Locale.ROOT, "Checked %d pages and %d feeds and sitemaps in %.1f s (build %.1f s): %s, %s.",
                    pages, xmlFiles, checkMillis / 1000.0, buildMillis / 1000.0, count(errors(), "error"),
                    count(warnings(), "warning"));
        }

        private static String count(long n, String noun) {
            return n + " " + noun + (n == 1 ? "" : "s");
        }
    }

    private SiteCheck() {
    }

    /**
     * Builds and checks the site of {@code request}; its output folder is replaced by a temporary one.
     *
     * @throws org.broadsheet.problem.BuildFailedException when the site does not build
     */
    public static Report run(BuildRequest request) throws IOException {
        Path temporary = Files.createTempDirectory("broadsheet-check-");
        try {
            Path output = temporary.resolve("site");
            BuildResult build = Broadsheet.build(request.withOutput(output).withCacheName("check"));
            long start = System.nanoTime();
            SiteConfig config = Broadsheet.config(request); // its environment's and --base-url's address
            SiteAddress address = new SiteAddress(config.baseUrl().origin(), config.baseUrl().path());
            OutputFiles files = OutputFiles.of(output);
            Path root = request.siteRoot().toAbsolutePath().normalize();
            Findings findings = new Findings(root, address, build.pageSources());
            build.warnings().forEach(findings::add);
            PrivateReplies replies = new PrivateReplies(root, "git");
            replies.published(files).forEach(findings::add);
            replies.trackedByGit().forEach(findings::add);
            PageChecks pages = new PageChecks(address, files, findings, new ImageWeights(config.images(), files, findings));
            List<String> html = files.endingWith(".html");
            List<String> xml = files.endingWith(".xml");
            Parallel.run(() -> {
                html.parallelStream().forEach(page -> pages.page(page, ScannedPage.scan(read(files, page))));
                return null;
            });
            pages.finish();
            FeedChecks feeds = new FeedChecks(address, files, findings);
            xml.forEach(feeds::check);
            return new Report(findings.all(), html.size(), xml.size(), build.millis(),
                    (System.nanoTime() - start) / 1_000_000);
        } finally {
            FileTree.delete(temporary);
        }
    }

    private static String read(OutputFiles files, String page) {
        try {
            return Files.readString(files.path(page), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
