package org.broadsheet.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.frontmatter.Image;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceFile;

/**
 * Builds the site model in named passes: give each article its section, slug and URL; leave
 * out drafts and scheduled articles; place the files beside articles; then group articles into sections, tags and
 * authors. Problems are reported with the article's file and the line of the key at fault.
 */
public final class SiteAssembler {

    /** Newest first; articles published at the same instant in file order, so output is stable. */
    public static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().toInstant()).reversed()
            .thenComparing(Article::source);

    /** An image is an http(s) URL, a protocol-relative URL, or a path; never a script or data URL. */
    private static final java.util.regex.Pattern IMAGE_SRC =
            java.util.regex.Pattern.compile("(?i)(https?:|//|/|(?![a-z][a-z0-9+.-]*:))\\S.*");

    private final SiteConfig config;
    private final Predicate<String> layoutExists;
    private final Schedule schedule;

    /**
     * @param layoutExists whether a template of that name exists, for {@code layout:}
     * @param schedule     whether drafts and scheduled articles are published too (for previews)
     */
    public SiteAssembler(SiteConfig config, Predicate<String> layoutExists, Schedule schedule) {
        this.config = config;
        this.layoutExists = layoutExists;
        this.schedule = schedule;
    }

    public Site assemble(List<RenderedArticle> rendered, List<SourceFile> files, Problems problems) {
        List<Article> all = new ArrayList<>();
        for (RenderedArticle article : rendered) {
            place(article, problems).ifPresent(all::add);
        }
        List<Article> published = all.stream().filter(schedule::publishes).toList();
        Optional<Article> nextScheduled = all.stream().filter(schedule::isScheduled)
                .min(Comparator.comparing((Article a) -> a.date().toInstant()).thenComparing(Article::source));
        List<Article> articles = published.stream().filter(a -> !a.isPage()).sorted(NEWEST_FIRST).toList();
        List<Article> pages = published.stream().filter(Article::isPage)
                .sorted(Comparator.comparing(Article::path)).toList();
        List<Asset> assets = assets(files, all, published);
        return new Site(config, articles, pages, sections(articles),
                terms(articles, Listing.Kind.TAG, Article::tags, problems),
                terms(articles, Listing.Kind.AUTHOR, Article::authors, problems), assets, nextScheduled);
    }

    /** The article with its section, slug, URL and layout; empty when one of them is wrong. */
    private Optional<Article> place(RenderedArticle rendered, Problems problems) {
        FrontMatter fm = rendered.frontMatter();
        String source = rendered.file().sitePath();
        String contentPath = rendered.file().contentPath();
        String[] folders = contentPath.split("/");
        boolean page = folders.length == 1 || (folders.length == 2 && folders[1].matches("index(\\.[^/]+)?\\.md"));
        boolean ok = true;

        String slug = segment(fm.slug(), rendered.fileName().stem(), "slug", fm, source, problems);
        String sectionSlug = page ? "" : segment(fm.section(), folders[0], "section", fm, source, problems);
        if (slug == null || sectionSlug == null) {
            return Optional.empty();
        }
        String layout = fm.layout().isEmpty() ? (page ? "page" : "article") : fm.layout();
        if (!layoutExists.test(layout)) {
            problems.error(SourcePosition.of(source, fm.lineOf("layout")),
                    "layout \"" + layout + "\" does not exist: add templates/" + layout + ".ftlh");
            ok = false;
        }
        // Locale.ROOT: the machine's locale could write the digits of a URL in another script.
        ZonedDateTime local = fm.date().withZoneSameInstant(config.timezone());
        String path = page ? slug + "/" : config.permalink().expand(Map.of(
                "section", sectionSlug,
                "slug", slug,
                "year", String.format(Locale.ROOT, "%04d", local.getYear()),
                "month", String.format(Locale.ROOT, "%02d", local.getMonthValue()),
                "day", String.format(Locale.ROOT, "%02d", local.getDayOfMonth())));
        String outputFile = path.endsWith("/") ? path + "index.html" : path;
        if (fm.image().isPresent() && !IMAGE_SRC.matcher(fm.image().get().src()).matches()) {
            problems.error(SourcePosition.of(source, fm.lineOf("image")), "image src \"" + fm.image().get().src()
                    + "\" must be an http(s) URL, a site path such as /images/photo.jpg, or a file beside the article");
            ok = false;
        }
        List<Term> tags = terms(fm.tags(), "tags", fm, source, problems);
        List<Term> authors = terms(fm.authors(), fm.lines().containsKey("authors") ? "authors" : "author", fm, source, problems);
        if (!ok || tags == null || authors == null) {
            return Optional.empty();
        }
        String id = contentPath.replaceAll("(/index)?\\.(md|markdown)$", "");
        Term section = new Term(sectionSlug, page ? "" : sectionTitle(sectionSlug));
        String summary = fm.summary().isEmpty() ? rendered.excerpt() : fm.summary();
        return Optional.of(new Article(id, source, page ? Article.Kind.PAGE : Article.Kind.ARTICLE, fm.title(),
                fm.date().withZoneSameInstant(config.timezone()),
                fm.updated().map(u -> u.withZoneSameInstant(config.timezone())),
                authors, section, tags, summary, fm.image().map(image -> image(image, rendered.file(), path)),
                fm.lang().isEmpty() ? config.language() : fm.lang(), path, outputFile, layout, fm.draft(),
                rendered.wordCount(), rendered.readingMinutes(), rendered.bodyKey(), fm.extra()));
    }

    /** A slug or section: the front matter's if given (refused if it looks like a path), else the file's. */
    private static String segment(String given, String fallback, String key, FrontMatter fm, String source,
            Problems problems) {
        String value = given.isEmpty() ? fallback : given;
        if (Slugs.looksLikePath(value)) {
            problems.error(SourcePosition.of(source, fm.lineOf(key)), key + " \"" + value
                    + "\" would write outside its folder: use letters, digits and hyphens only");
            return null;
        }
        String slug = Slugs.slugify(value);
        if (slug.isEmpty()) {
            problems.error(SourcePosition.of(source, fm.lineOf(key)), key + " \"" + value
                    + "\" has no letters or digits to make a URL from");
            return null;
        }
        return slug;
    }

    private static List<Term> terms(List<String> names, String key, FrontMatter fm, String source, Problems problems) {
        List<Term> terms = new ArrayList<>();
        for (String name : names) {
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                problems.error(SourcePosition.of(source, fm.lineOf(key)),
                        key + ": \"" + name + "\" has no letters or digits to make a URL from");
                return null;
            }
            if (terms.stream().noneMatch(t -> t.slug().equals(slug))) {
                terms.add(new Term(slug, name));
            }
        }
        return terms;
    }

    private String sectionTitle(String slug) {
        String configured = config.sectionTitles().get(slug);
        if (configured != null) {
            return configured;
        }
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * Resolves an image's src: full URLs stay, site paths get the base path, and a path beside
     * the article resolves against the page (a bundle) or the article's folder.
     */
    private ArticleImage image(Image image, SourceFile file, String pagePath) {
        String src = image.src();
        String url;
        String sourcePath = "";
        if (src.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || src.startsWith("//")) {
            url = src;
        } else if (src.startsWith("/")) {
            url = config.baseUrl().link(src);
        } else {
            String folder = file.contentPath().contains("/")
                    ? file.contentPath().substring(0, file.contentPath().lastIndexOf('/') + 1) : "";
            boolean bundle = file.contentPath().matches(".*/index(\\.[^/]+)?\\.md");
            String pageDir = pagePath.endsWith("/") ? pagePath : pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
            url = config.baseUrl().link((bundle ? pageDir : folder) + src);
            sourcePath = "content/" + folder + src;
        }
        return new ArticleImage(url, image.alt(), image.caption(), image.credit(), sourcePath);
    }

    /** Files beside bundles go next to their article's page; other files keep their content path. */
    private static List<Asset> assets(List<SourceFile> files, List<Article> all, List<Article> published) {
        Map<String, Article> bundles = new HashMap<>();
        for (Article article : all) {
            if (article.source().matches("content/.*/index(\\.[^/]+)?\\.md")) {
                bundles.put(article.source().substring("content/".length(), article.source().lastIndexOf('/')), article);
            }
        }
        List<Asset> assets = new ArrayList<>();
        for (SourceFile file : files) {
            if (file.isMarkdown()) {
                continue;
            }
            Article owner = file.inBundle() ? bundles.get(file.bundle()) : null;
            if (owner == null) {
                assets.add(new Asset(file.path(), file.sitePath(), file.contentPath()));
            } else if (published.contains(owner)) {
                String pageDir = owner.outputFile().substring(0, owner.outputFile().lastIndexOf('/') + 1);
                assets.add(new Asset(file.path(), file.sitePath(),
                        pageDir + file.contentPath().substring(file.bundle().length() + 1)));
            }
        }
        assets.sort(Comparator.comparing(Asset::outputPath));
        return assets;
    }

    private List<Listing> sections(List<Article> articles) {
        Map<String, List<Article>> bySlug = new TreeMap<>();
        for (Article article : articles) {
            bySlug.computeIfAbsent(article.section().slug(), s -> new ArrayList<>()).add(article);
        }
        Map<String, List<Article>> ordered = new LinkedHashMap<>();
        config.sectionTitles().keySet().forEach(slug -> {
            if (bySlug.containsKey(slug)) {
                ordered.put(slug, bySlug.remove(slug));
            }
        });
        ordered.putAll(bySlug);
        List<Listing> sections = new ArrayList<>();
        ordered.forEach((slug, list) -> sections.add(
                new Listing(Listing.Kind.SECTION, slug, sectionTitle(slug), slug + "/", list)));
        return sections;
    }

    /**
     * Groups articles by tag or author. Spellings that differ only in case, spaces or hyphens
     * are one name (shown as most articles spell it); different names that would share a URL
     * ("C++" and "C") are an error naming both files.
     */
    private static List<Listing> terms(List<Article> articles, Listing.Kind kind,
            java.util.function.Function<Article, List<Term>> termsOf, Problems problems) {
        String prefix = kind == Listing.Kind.TAG ? "tags/" : "authors/";
        Map<String, List<Article>> bySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<String, Article>> firstUse = new HashMap<>();
        for (Article article : articles.stream().sorted(Comparator.comparing(Article::source)).toList()) {
            for (Term term : termsOf.apply(article)) {
                bySlug.computeIfAbsent(term.slug(), s -> new ArrayList<>()).add(article);
                spellings.computeIfAbsent(term.slug(), s -> new TreeMap<>()).merge(term.name(), 1, Integer::sum);
                Map<String, Article> uses = firstUse.computeIfAbsent(term.slug(), s -> new LinkedHashMap<>());
                uses.putIfAbsent(Slugs.sameNameKey(term.name()), article);
            }
        }
        List<Listing> listings = new ArrayList<>();
        bySlug.forEach((slug, list) -> {
            Map<String, Article> uses = firstUse.get(slug);
            if (uses.size() > 1) {
                List<Map.Entry<String, Article>> clash = new ArrayList<>(uses.entrySet());
                String what = kind == Listing.Kind.TAG ? "tag" : "author";
                problems.error(SourcePosition.of(clash.get(1).getValue().source()), what + " \""
                        + nameIn(clash.get(1).getValue(), termsOf, slug) + "\" and " + what + " \""
                        + nameIn(clash.get(0).getValue(), termsOf, slug) + "\" in " + clash.get(0).getValue().source()
                        + " would share the URL /" + prefix + slug + "/; spell them alike or rename one");
            }
            String name = mostUsed(spellings.get(slug));
            List<Article> sorted = list.stream().sorted(NEWEST_FIRST).toList();
            listings.add(new Listing(kind, slug, name, prefix + slug + "/", sorted));
        });
        return listings;
    }

    /** The spelling most articles use; on a tie, the first in alphabetical order. */
    private static String mostUsed(Map<String, Integer> spellings) {
        String best = null;
        for (Map.Entry<String, Integer> e : spellings.entrySet()) { // sorted by spelling
            if (best == null || e.getValue() > spellings.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String nameIn(Article article, java.util.function.Function<Article, List<Term>> termsOf, String slug) {
        return termsOf.apply(article).stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow().name();
    }
}
