package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documentation in {@code docs/} is a Broadsheet site: it builds and checks without a
 * warning (so every link and {@code #anchor} between its pages resolves), each of its Markdown
 * files is a standalone page that its front page lists, and the links a reader follows on GitHub,
 * from the README into {@code docs/} and from page to page, lead to a file and a heading there.
 */
class DocsSiteIT {

    private static final Path DOCS = TestSite.REPOSITORY.resolve("docs");
    private static final Path PAGES = DOCS.resolve("content");
    /** The target of an inline Markdown link. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** Code blocks and code spans, whose links are examples. */
    private static final Pattern CODE = Pattern.compile("(?s)```.*?```|(`+).*?\\1");
    private static final Pattern HEADING = Pattern.compile("#{1,6} (.+)");
    /** What GitHub drops from a heading's text to make its anchor: all but letters, digits, spaces, - and _. */
    private static final Pattern NOT_IN_ANCHOR = Pattern.compile("[^\\p{L}\\p{N} _-]");

    @TempDir
    static Path dir;

    static TestSite site;

    @BeforeAll
    static void build() {
        TestSite.copyTree(DOCS, dir);
        site = TestSite.in(dir).built();
    }

    @Test
    void theDocsCheckWithoutAnErrorOrAWarning() {
        TestSite.Run run = CheckIT.check(dir, "--warnings-as-errors");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().endsWith(": 0 errors, 0 warnings.\n"), run.out());
    }

    @Test
    void everyDocIsAStandalonePageThatTheFrontPageLists() {
        Elements listed = site.page("index.html").select(".docs-contents a");
        assertEquals(pages().stream().map(page -> "/docs/" + page + "/").toList(), listed.eachAttr("href").stream().sorted().toList());
        for (Element link : listed) {
            Document page = site.page(link.attr("href").substring("/docs/".length()) + "index.html");
            assertTrue(page.body().hasClass("page-page"), link.attr("href") + " is not a standalone page");
            assertEquals(page.selectFirst("h1").text(), link.text(), "the front page's title for " + link.attr("href"));
        }
    }

    @Test
    void theReadmeLinksEveryDocAndEachOfItsLinksIntoDocsLeadsToAFileAndHeading() {
        List<String> links = links(read(TestSite.REPOSITORY.resolve("README.md"))).stream().filter(link -> link.startsWith("docs/")).toList();
        List<String> problems = new ArrayList<>();
        for (String link : links) {
            problems.addAll(problemsOf(TestSite.REPOSITORY, link));
        }
        assertEquals(List.of(), problems);
        List<String> linkedPages = links.stream().map(DocsSiteIT::withoutFragment).filter(link -> link.endsWith(".md"))
                .map(link -> Path.of(link).getFileName().toString().replace(".md", "")).distinct().sorted().toList();
        assertEquals(pages(), linkedPages);
    }

    @Test
    void linksBetweenDocsLeadToAFileAndHeadingOnGitHubToo() {
        List<String> problems = new ArrayList<>();
        for (String page : pages()) {
            for (String link : links(read(PAGES.resolve(page + ".md")))) {
                if (withoutFragment(link).endsWith(".md")) {
                    problems.addAll(problemsOf(PAGES, link).stream().map(p -> page + ".md: " + p).toList());
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** What is wrong with a link from a Markdown file in {@code from}: a missing file, or a fragment no heading of it has. */
    private static List<String> problemsOf(Path from, String link) {
        Path target = from.resolve(withoutFragment(link)).normalize();
        if (!Files.exists(target)) {
            return List.of(link + ": there is no " + target);
        }
        String fragment = link.contains("#") ? link.substring(link.indexOf('#') + 1) : "";
        if (!fragment.isEmpty() && !gitHubAnchors(target).contains(fragment)) {
            return List.of(link + ": " + target + " has no heading with the anchor #" + fragment + " " + gitHubAnchors(target));
        }
        return List.of();
    }

    /** The anchors GitHub gives the headings of a Markdown file (outside code blocks). */
    private static List<String> gitHubAnchors(Path file) {
        List<String> anchors = new ArrayList<>();
        boolean code = false;
        for (String line : read(file).lines().toList()) {
            code ^= line.startsWith("```");
            Matcher heading = HEADING.matcher(line);
            if (!code && heading.matches()) {
                String text = heading.group(1).replace("`", "").toLowerCase(Locale.ROOT);
                anchors.add(NOT_IN_ANCHOR.matcher(text).replaceAll("").replace(' ', '-'));
            }
        }
        return anchors;
    }

    /** The doc pages: the Markdown files of docs/content, by name without ".md", sorted. */
    private static List<String> pages() {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".md"))
                    .map(name -> name.substring(0, name.length() - 3)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> links(String markdown) {
        return LINK.matcher(CODE.matcher(markdown).replaceAll("")).results().map(m -> m.group(1)).toList();
    }

    private static String withoutFragment(String link) {
        return link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
