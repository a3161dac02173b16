package org.broadsheet.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.frontmatter.Image;
import org.broadsheet.markdown.ImageRef;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;

/**
 * Places one article in the site: its language, section, slug, URL, layout, image and terms.
 * Each wrong value is reported at the line of its key. Thread-safe; articles are placed in
 * parallel.
 */
final class ArticlePlacer {

    /** The layouts every Jekyll and Hugo site names, which Broadsheet's own article and page layouts stand for. */
    private static final Set<String> GENERIC_LAYOUTS = Set.of("post", "posts", "page", "default", "single", "list");

    /** A bundle's index file: {@code index.md}, or {@code index.es.md} in another language. */
    private static final Pattern EXTENSION = Pattern.compile("(/index)?\\.(md|markdown|mdown|html)$");

    private final SiteConfig config;
    private final Sections sections;
    private final ArticleAddresses addresses;
    private final Predicate<String> layoutExists;
    private final ImageFiles images;
    private final LeadImages leadImages;
    /** One term object per name: a site of 100,000 articles names a few hundred tags half a million times. */
    private final Map<String, Term> terms = new ConcurrentHashMap<>();

    ArticlePlacer(SiteConfig config, Sections sections, Predicate<String> layoutExists, ImageFiles images) {
        this.config = config;
        this.sections = sections;
        this.addresses = new ArticleAddresses(config.baseUrl());
        this.layoutExists = layoutExists;
        this.images = images;
        this.leadImages = new LeadImages(config.baseUrl(), images);
    }

    /** The article with its place in the site; empty when something about it is wrong. */
    Optional<Article> place(RenderedArticle rendered, Problems problems) {
        FrontMatter fm = rendered.frontMatter();
        String source = rendered.file().sitePath();
        String contentPath = rendered.file().contentPath();
        String[] folders = contentPath.split("/");
        boolean page = SourceFile.isPage(contentPath);
        Optional<Language> suffixLanguage = config.isMultilingual()
                ? config.languages().stream().filter(l -> l.isNamedBy(rendered.fileName().language())).findFirst()
                : Optional.empty();
        Language language = language(fm, suffixLanguage, rendered.fileName().language(), source, problems);
        String stem = suffixLanguage.isPresent() ? rendered.fileName().stem() : rendered.fileName().stemWithSuffix();
        String slug = segment(fm.slug(), stem, "slug", fm, source, problems);
        String sectionSlug = page ? "" : segment(fm.section(), sectionFolder(folders), "section", fm, source, problems);
        boolean ok = language != null && slug != null && sectionSlug != null;
        String layout = fm.layout().isEmpty() ? (page ? "page" : "article") : fm.layout();
        if (!layoutExists.test(layout)) {
            // Jekyll's and Hugo's files name their own layouts: the default one serves; their
            // standard ones (post, single…) without a word, since every post of such a site names one
            String fallback = page ? "page" : "article";
            if (!GENERIC_LAYOUTS.contains(layout)) {
                problems.warning(SourcePosition.of(source, fm.lineOf("layout")), "layout \"" + layout
                        + "\" does not exist, so the " + fallback + " layout is used: add templates/" + layout + ".ftlh");
            }
            layout = fallback;
        }
        Optional<Image> image = leadImages.of(fm, rendered.file(), problems);
        ok &= image != null;
        String canonical = addresses.canonical(fm, source, problems);
        List<Alias> aliases = addresses.aliases(fm, source, problems);
        ok &= canonical != null && aliases != null;
        List<Term> tags = terms(fm.tags(), "tags", language, fm, source, problems);
        List<Term> authors = terms(fm.authors(), fm.lines().containsKey("authors") ? "authors" : "author", language, fm,
                source, problems);
        if (!ok || tags == null || authors == null) {
            return Optional.empty();
        }
        ZonedDateTime date = fm.date().withZoneSameInstant(config.timezone());
        String url = ArticleAddresses.url(fm, source, problems);
        ok = url != null;
        if (!ok) {
            return Optional.empty();
        }
        String path = !url.isEmpty() ? language.path(url) : language.path(page ? slug + "/" : config.permalink().expand(Map.of(
                "section", sectionSlug, "folders", folders(folders, contentPath), "slug", slug, "year", digits(date.getYear(), 4),
                "month", digits(date.getMonthValue(), 2), "day", digits(date.getDayOfMonth(), 2))));
        String outputFile = path.endsWith("/") ? SitePaths.pageOf(path) : path;
        // an old path that is the article's own (an import keeps every old URL, not knowing the site's pattern)
        List<Alias> elsewhere = aliases.stream().filter(alias -> !alias.outputFile().equals(outputFile)).toList();
        String id = EXTENSION.matcher(contentPath).replaceAll("");
        String translationKey = !fm.translationKey().isEmpty() ? fm.translationKey()
                : suffixLanguage.isPresent() ? id.substring(0, id.length() - rendered.fileName().language().length() - 1) : id;
        Term section = new Term(sectionSlug, page ? "" : sections.name(sectionSlug, language.code()));
        String summary = fm.summaryOr(rendered.excerpt());
        String lang = config.isMultilingual() || fm.lang().isEmpty() ? language.code() : fm.lang();
        return Optional.of(new Article(id, source, page ? Article.Kind.PAGE : Article.Kind.ARTICLE, fm.title(), date,
                fm.updated().map(u -> u.withZoneSameInstant(config.timezone())), authors, section, tags, summary,
                rendered.searchText(),
                image.map(lead -> leadImages.resolve(lead, rendered.file(), path)), lang, translationKey,
                fm.lineOf(fm.lines().containsKey("translationKey") ? "translationKey" : "lang"), path, outputFile,
                urlLine(fm, page), layout, fm.draft(), fm.expires().map(e -> e.withZoneSameInstant(config.timezone())),
                rendered.wordCount(), rendered.readingMinutes(), canonical, elsewhere, rendered.bodyKey(),
                rendered.links().stream().map(org.broadsheet.markdown.ArticleLink::target).distinct().toList(),
                fm.extra()));
    }

    /**
     * The edition the article belongs to: from {@code lang:}, else from the file name's suffix,
     * else the default. On a multilingual site both must name one of its languages, and agree.
     */
    private Language language(FrontMatter fm, Optional<Language> suffix, String suffixText, String source,
            Problems problems) {
        if (!config.isMultilingual()) {
            return config.defaultLanguage();
        }
        if (fm.lang().isEmpty()) {
            return suffix.orElse(config.defaultLanguage());
        }
        Optional<Language> given = config.languageOf(fm.lang()).or(() -> config.languages().stream()
                .filter(l -> l.isNamedBy(fm.lang())).findFirst());
        if (given.isEmpty()) {
            problems.error(SourcePosition.of(source, fm.lineOf("lang")), "lang \"" + fm.lang()
                    + "\" is not one of the site's languages (" + String.join(", ",
                    config.languages().stream().map(Language::code).toList()) + ")");
            return null;
        }
        if (suffix.isPresent() && !suffix.get().equals(given.get())) {
            problems.error(SourcePosition.of(source, fm.lineOf("lang")), "lang \"" + fm.lang()
                    + "\" contradicts the file name, which says \"" + suffixText + "\"");
            return null;
        }
        return given.get();
    }

    /**
     * The line of the key that made the article's URL, for messages: {@code slug:}, else
     * {@code section:}, else {@code lang:} on a multilingual site, else line 1: its file's name
     * and folder made it.
     */
    private int urlLine(FrontMatter fm, boolean page) {
        for (String key : page ? List.of("slug", "lang") : List.of("slug", "section", "lang")) {
            if (fm.lines().containsKey(key) && (!key.equals("lang") || config.isMultilingual())) {
                return fm.lineOf(key);
            }
        }
        return 1;
    }

    /**
     * The folder that names an article's section: its top folder, but {@code posts} for the posts
     * of a Jekyll {@code _posts} or {@code _drafts} folder at the top of {@code content/} that name
     * no category (the front matter makes the first category such a post's section).
     */
    private static String sectionFolder(String[] folders) {
        return folders[0].equals("_posts") || folders[0].equals("_drafts") ? "posts" : folders[0];
    }

    /**
     * The folders between the section's folder and the article's file ({@code 2021} for
     * {@code news/2021/x/index.md}), each made a URL segment: what the {@code :folders}
     * placeholder keeps of a nested tree.
     */
    private static String folders(String[] folders, String contentPath) {
        int end = folders.length - (SourceFile.isBundleIndex(contentPath) ? 2 : 1);
        List<String> segments = new ArrayList<>();
        for (int i = 1; i < end; i++) {
            segments.add(Slugs.isDotted(folders[i]) ? folders[i] : Slugs.slugify(folders[i]));
        }
        return String.join("/", segments);
    }

    /** {@code value} with leading zeros to {@code width} digits, as permalinks write dates. */
    private static String digits(int value, int width) {
        String text = Integer.toString(value);
        return text.length() >= width ? text : "0".repeat(width - text.length()) + text;
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
        // a slug with dots (0.83.0-relnotes) is kept as written: Jekyll and Hugo keep it, and links know it
        String slug = key.equals("slug") && Slugs.isDotted(value) ? value : Slugs.slugify(value);
        if (slug.isEmpty()) {
            problems.error(SourcePosition.of(source, fm.lineOf(key)), key + " \"" + value
                    + "\" has no letters or digits to make a URL from");
            return null;
        }
        return slug;
    }

    /**
     * The tags or authors of an article, each once; null, with every problem reported, when a
     * name makes no URL or two different names would share one ("C++" and "C").
     */
    private List<Term> terms(List<String> names, String key, Language language, FrontMatter fm, String source,
            Problems problems) {
        List<Term> terms = new ArrayList<>();
        boolean ok = true;
        for (String name : names) {
            String slug = Slugs.slugify(name);
            if (slug.isEmpty()) {
                problems.error(SourcePosition.of(source, fm.lineOf(key)),
                        key + ": \"" + name + "\" has no letters or digits to make a URL from");
                ok = false;
                continue;
            }
            Term same = terms.stream().filter(t -> t.slug().equals(slug)).findFirst().orElse(null);
            if (same == null) {
                terms.add(this.terms.computeIfAbsent(name, n -> new Term(slug, n)));
            } else if (!Slugs.sameNameKey(same.name()).equals(Slugs.sameNameKey(name))) {
                String path = Listing.pathOf(key.equals("tags") ? Listing.Kind.TAG : Listing.Kind.AUTHOR, slug);
                problems.error(SourcePosition.of(source, fm.lineOf(key)), key + ": \"" + same.name() + "\" and \"" + name
                        + "\" would share the URL /" + (language == null ? path : language.path(path))
                        + "; spell them alike or rename one");
                ok = false;
            }
        }
        return ok ? terms : null;
    }

    /**
     * Checks that the images an article shows are there: a missing image beside the article is an
     * error at its line; a missing image under a site path ({@code /images/…}, which a deploy may
     * add later) is a warning, once per image for the whole site. A path no file can have (with
     * {@code %00} or another control character in it) is an error either way. A Markdown image
     * without alt text is a flaw at its line: published, but {@code check} fails on it.
     */
    void checkImages(RenderedArticle rendered, Set<String> warned, Problems problems) {
        FrontMatter fm = rendered.frontMatter();
        List<ImageRef> refs = new ArrayList<>();
        fm.image().ifPresent(image -> refs.add(new ImageRef(image.src(), fm.lineOf("image"), true)));
        refs.addAll(rendered.images());
        String source = rendered.file().sitePath();
        for (ImageRef ref : refs) {
            if (!ref.described()) {
                problems.flaw(SourcePosition.of(source, ref.line()), "image \"" + ref.src() + "\" has no alt text for"
                        + " readers who cannot see it: describe it between the brackets, ![what it shows](" + ref.src()
                        + "), or, if it is only decorative, write it as <img src=\"" + ref.src() + "\" alt=\"\">");
            }
            if (!ImageFiles.isLocal(ref.src())) {
                continue;
            }
            Optional<String> file = images.fileOf(rendered.file().contentPath(), ref.src());
            if (file.isPresent() && images.exists(file.get())) {
                continue;
            }
            SourcePosition at = SourcePosition.of(source, ref.line());
            Optional<String> impossible = file.flatMap(ContentLoader::noFileCanBeAt);
            String where = file.map(ImageFiles::sitePath).orElse("outside content/");
            if (impossible.isPresent()) {
                problems.error(at, "image \"" + ref.src() + "\" names no file: " + impossible.get());
            } else if (ImageFiles.isRelative(ref.src())) {
                problems.error(at, "image \"" + ref.src() + "\" does not exist (no file " + where + ")");
            } else if (warned.add(ref.src())) {
                problems.warning(at, "image \"" + ref.src() + "\" is not in the site (no file " + where
                        + "); the deploy must add it");
            }
        }
    }
}
