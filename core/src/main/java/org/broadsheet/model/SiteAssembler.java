package org.broadsheet.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.broadsheet.authors.AuthorProfile;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.markdown.RenderedArticle;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.ContentLoader;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;

/**
 * Builds the site model in named passes: place each article (language, section, slug, URL);
 * leave out drafts, scheduled and expired articles; link translations; group each language's articles into its edition's
 * sections, tags and authors; place the files beside articles. Problems are reported with the
 * article's file and the line of the key at fault.
 */
public final class SiteAssembler {

    /** Newest first; articles published at the same instant in file order, so output is stable. */
    public static final Comparator<Article> NEWEST_FIRST = (a, b) -> {
        // compared without making an Instant of each date: sorting 100,000 articles compares millions of times
        int byTime = Long.compare(b.date().toEpochSecond(), a.date().toEpochSecond());
        if (byTime == 0) {
            byTime = Integer.compare(b.date().getNano(), a.date().getNano());
        }
        return byTime != 0 ? byTime : a.source().compareTo(b.source());
    };

    private final SiteConfig config;
    private final Sections sections;
    private final ArticlePlacer placer;
    private final Schedule schedule;
    private final Map<String, AuthorProfile> profiles;

    /**
     * @param sections     the sections' names and front pages
     * @param layoutExists whether a template of that name exists, for {@code layout:}
     * @param schedule     whether drafts and scheduled articles are published too (for previews)
     */
    public SiteAssembler(SiteConfig config, Sections sections, Predicate<String> layoutExists, ImageFiles images,
            Schedule schedule, Map<String, AuthorProfile> profiles) {
        this.config = config;
        this.sections = sections;
        this.profiles = profiles;
        this.placer = new ArticlePlacer(config, sections, layoutExists, images);
        this.schedule = schedule;
    }

    public Site assemble(List<RenderedArticle> rendered, List<SourceFile> files, Problems problems) {
        // each article is placed on its own; in the build's pool when called from it
        List<Article> all = rendered.parallelStream().map(article -> placer.place(article, problems))
                .flatMap(Optional::stream).toList();
        Set<String> warned = ConcurrentHashMap.newKeySet();
        rendered.stream().sorted(Comparator.comparing((RenderedArticle r) -> r.file().contentPath()))
                .filter(r -> schedule.drafts() || !r.frontMatter().draft())
                .forEach(r -> {
                    placer.checkImages(r, warned, problems);
                    r.templateCode().forEach(code -> problems.warning(SourcePosition.of(r.file().sitePath(), code.line()),
                            code.kind() + " \"" + code.code() + "\" is not run by Broadsheet, so it is published as text:"
                            + " write it in Markdown or HTML"));
                });
        List<Article> published = all.stream().filter(schedule::publishes).toList();
        checkArticleLinks(rendered, all, published, problems);
        Optional<Article> nextScheduled = all.stream().filter(schedule::isScheduled)
                .min(Comparator.comparing((Article a) -> a.date().toInstant()).thenComparing(Article::source));
        Optional<Article> nextExpiry = published.stream().filter(a -> a.expires().isPresent())
                .min(Comparator.comparing((Article a) -> a.expires().get().toInstant()).thenComparing(Article::source));
        Map<String, List<Article>> translations = translations(published, problems);
        List<Edition> editions = new ArrayList<>();
        editions.add(edition(config.defaultLanguage(), published, problems)); // the default edition first
        config.languages().stream().filter(l -> !l.isDefault()).forEach(l -> editions.add(edition(l, published, problems)));
        warnAboutUnusedProfiles(all, problems);
        warnAboutEmptySections(editions, problems);
        warnAboutUnknownFrontSections(editions, problems);
        return new Site(config, editions, assets(files, all, published), translations, nextScheduled, nextExpiry,
                profiles);
    }

    /**
     * One article placed as {@link #assemble} places it: for the dev server, which shows an
     * edited article's page before the whole site is built again. Empty when it has errors.
     */
    public Optional<Article> place(RenderedArticle rendered, Problems problems) {
        return placer.place(rendered, problems);
    }

    /**
     * Links from published articles to other articles' files: an error where no such file
     * exists (as for a missing image), a warning where the article is not on the site yet.
     */
    private void checkArticleLinks(List<RenderedArticle> rendered, List<Article> all, List<Article> published,
            Problems problems) {
        Set<String> read = new HashSet<>();
        rendered.forEach(r -> read.add(r.file().contentPath()));
        Map<String, Article> placed = new HashMap<>();
        all.forEach(a -> placed.put(a.source(), a));
        Set<String> live = new HashSet<>();
        published.forEach(a -> live.add(a.source()));
        rendered.stream().filter(r -> live.contains(r.file().sitePath()))
                .sorted(Comparator.comparing((RenderedArticle r) -> r.file().contentPath()))
                .forEach(r -> r.links().forEach(link -> {
                    String target = ContentLoader.FOLDER + "/" + link.target();
                    SourcePosition at = SourcePosition.of(r.file().sitePath(), link.line());
                    Article article = placed.get(target);
                    Optional<String> impossible = ContentLoader.noFileCanBeAt(link.target());
                    if (impossible.isPresent()) {
                        problems.error(at, "link \"" + link.href() + "\" names no file: " + impossible.get());
                    } else if (link.target().startsWith("../")) {
                        problems.error(at, "link \"" + link.href() + "\" leads out of content/, where no article can be;"
                                + " link an article by its path in content/");
                    } else if (!read.contains(link.target())) {
                        problems.error(at, "link \"" + link.href() + "\" leads nowhere: there is no article " + target);
                    } else if (article != null && schedule.isExpired(article)) {
                        problems.warning(at, "link \"" + link.href() + "\" leads nowhere: " + target + " expired on "
                                + article.expires().get().toOffsetDateTime());
                    } else if (article != null && !live.contains(target)) {
                        problems.warning(at, "link \"" + link.href() + "\" leads nowhere until " + target
                                + (schedule.isScheduled(article) ? " is published on " + article.date().toOffsetDateTime()
                                        : " is no longer a draft"));
                    }
                }));
    }

    /** A profile no byline points to is most often a misspelt file name. */
    private void warnAboutUnusedProfiles(List<Article> all, Problems problems) {
        Set<String> bylines = new HashSet<>();
        all.forEach(a -> a.authors().forEach(author -> bylines.add(author.slug())));
        profiles.values().stream().filter(p -> !bylines.contains(p.slug())).forEach(p -> problems.warning(
                SourcePosition.of(p.source()), "no article is by an author whose page is /authors/" + p.slug()
                        + "/; name the file after the slug in the author's page URL"));
    }

    /** A section's front page where the section has no article in its language publishes nothing. */
    private void warnAboutEmptySections(List<Edition> editions, Problems problems) {
        Set<String> live = new HashSet<>();
        editions.forEach(e -> e.sections().forEach(s -> live.add(s.slug() + "\n" + e.language().code())));
        sections.frontSources().entrySet().stream().filter(front -> !live.contains(front.getKey()))
                .map(Map.Entry::getValue).sorted().forEach(source -> problems.warning(SourcePosition.of(source),
                        "is the front page of a section with no published article in its language, so it makes no"
                        + " page (its aliases included)"));
    }

    /** A section the front page settings name that no edition has is most often a misspelt slug. */
    private void warnAboutUnknownFrontSections(List<Edition> editions, Problems problems) {
        Set<String> known = new TreeSet<>();
        editions.forEach(e -> e.sections().forEach(s -> known.add(s.slug())));
        config.front().sections().keySet().stream().filter(slug -> !known.contains(slug)).forEach(slug ->
                problems.warning(SourcePosition.of(SiteConfig.FILE, config.front().lines().get(slug)), "front.sections"
                        + " names " + slug + ", a section with no published article; the sections are "
                        + String.join(", ", known)));
    }

    private Edition edition(Language language, List<Article> published, Problems problems) {
        List<Article> mine = published.stream()
                .filter(a -> !config.isMultilingual() || a.lang().equals(language.code())).toList();
        List<Article> articles = mine.stream().filter(a -> !a.isPage()).sorted(NEWEST_FIRST).toList();
        List<Article> pages = mine.stream().filter(Article::isPage).sorted(Comparator.comparing(Article::path)).toList();
        Listings listings = new Listings(config, sections, language, profiles);
        List<Listing> sections = listings.sections(articles);
        List<Listing> tags = listings.tags(articles, problems);
        return new Edition(language, articles, pages, sections, tags, listings.authors(articles, problems),
                listings.years(articles), listings.months(articles), RelatedArticles.of(articles, sections, tags),
                articles.stream().filter(a -> a.isPinnedAt(schedule.now()))
                        .sorted(Comparator.comparingLong(Article::weight).thenComparing(NEWEST_FIRST)).toList());
    }

    /**
     * Links the versions of each story by their translation key, in the order of the site's
     * languages. Two versions in the same language are an error naming both files.
     */
    private Map<String, List<Article>> translations(List<Article> published, Problems problems) {
        Map<String, List<Article>> byKey = new LinkedHashMap<>();
        if (!config.isMultilingual()) {
            return byKey;
        }
        Map<String, Article> seen = new HashMap<>();
        for (Article article : published.stream().sorted(Comparator.comparing(Article::source)).toList()) {
            Article other = seen.putIfAbsent(article.translationKey() + "\n" + article.lang(), article);
            if (other != null) {
                problems.error(SourcePosition.of(article.source(), article.translationKeyLine()), "is a second "
                        + article.lang() + " version of \"" + article.translationKey() + "\", as is "
                        + SourcePosition.of(other.source(), other.translationKeyLine())
                        + "; give one of them another translationKey");
                continue;
            }
            byKey.computeIfAbsent(article.translationKey(), k -> new ArrayList<>()).add(article);
        }
        List<String> order = config.languages().stream().map(Language::code).toList();
        byKey.values().forEach(list -> list.sort(Comparator.comparingInt(a -> order.indexOf(a.lang()))));
        byKey.values().removeIf(list -> list.size() < 2);
        return byKey;
    }

    /** Files beside bundles go next to their article's page; other files keep their content path. */
    private static List<Asset> assets(List<SourceFile> files, List<Article> all, List<Article> published) {
        Map<String, List<Article>> bundles = new HashMap<>();
        for (Article article : all) {
            String contentPath = article.source().substring("content/".length());
            if (SourceFile.isBundleIndex(contentPath)) {
                bundles.computeIfAbsent(contentPath.substring(0, contentPath.lastIndexOf('/')), k -> new ArrayList<>())
                        .add(article);
            }
        }
        // looked up once for each file beside a bundle: a list's contains() made 12,000 bundles take half a minute
        Set<String> live = new HashSet<>();
        published.forEach(a -> live.add(a.source()));
        List<Asset> assets = new ArrayList<>();
        for (SourceFile file : files) {
            if (!file.isAsset()) {
                continue;
            }
            List<Article> owners = file.inBundle() ? bundles.getOrDefault(file.bundle(), List.of()) : List.of();
            if (owners.isEmpty()) {
                assets.add(Asset.of(file, file.contentPath()));
            }
            for (Article owner : owners) { // a bundle's translations each get the files beside their page
                if (live.contains(owner.source())) {
                    String pageDir = owner.outputFile().substring(0, owner.outputFile().lastIndexOf('/') + 1);
                    assets.add(Asset.of(file, pageDir + file.contentPath().substring(file.bundleLength() + 1)));
                }
            }
        }
        assets.sort(Comparator.comparing(Asset::outputPath));
        return assets;
    }
}
