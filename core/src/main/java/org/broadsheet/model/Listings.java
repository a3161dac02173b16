package org.broadsheet.model;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.broadsheet.authors.AuthorProfile;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * Groups one edition's articles into sections, tags and authors, newest first, each under the
 * edition's prefix. Names come from the configuration where it gives them in the language.
 */
final class Listings {

    private final SiteConfig config;
    private final Language language;
    private final Sections names;
    private final Map<String, AuthorProfile> profiles;

    Listings(SiteConfig config, Sections names, Language language, Map<String, AuthorProfile> profiles) {
        this.config = config;
        this.names = names;
        this.language = language;
        this.profiles = profiles;
    }

    List<Listing> sections(List<Article> articles) {
        Map<String, List<Article>> bySlug = new TreeMap<>();
        for (Article article : articles) {
            bySlug.computeIfAbsent(article.section().slug(), s -> new ArrayList<>()).add(article);
        }
        Map<String, List<Article>> ordered = new LinkedHashMap<>();
        config.names().sections().keySet().forEach(slug -> {
            if (bySlug.containsKey(slug)) {
                ordered.put(slug, bySlug.remove(slug));
            }
        });
        ordered.putAll(bySlug);
        List<Listing> sections = new ArrayList<>();
        ordered.forEach((slug, list) -> sections.add(new Listing(Listing.Kind.SECTION, slug,
                names.name(slug, language.code()), language.path(Listing.pathOf(Listing.Kind.SECTION, slug)), list,
                names.intro(slug, language.code()))));
        return sections;
    }

    /** One listing per year, newest first, at {@code 2026/}. */
    List<Listing> years(List<Article> articles) {
        Map<Integer, List<Article>> byYear = new TreeMap<>(Comparator.reverseOrder());
        articles.forEach(a -> byYear.computeIfAbsent(a.date().getYear(), y -> new ArrayList<>()).add(a));
        List<Listing> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new Listing(Listing.Kind.YEAR, Integer.toString(year),
                Integer.toString(year), language.path(year + "/"), list)));
        return years;
    }

    /** One listing per month, newest first, at {@code 2026/11/}, named in the language ("noviembre de 2026"). */
    List<Listing> months(List<Article> articles) {
        Map<YearMonth, List<Article>> byMonth = new TreeMap<>(Comparator.reverseOrder());
        articles.forEach(a -> byMonth.computeIfAbsent(YearMonth.from(a.date()), m -> new ArrayList<>()).add(a));
        DateTimeFormatter format = DateTimeFormatter.ofPattern("LLLL yyyy", language.locale());
        List<Listing> months = new ArrayList<>();
        byMonth.forEach((month, list) -> {
            String name = month.format(format);
            String path = month.getYear() + "/" + (month.getMonthValue() < 10 ? "0" : "") + month.getMonthValue() + "/";
            months.add(new Listing(Listing.Kind.MONTH, month.toString(),
                    name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1), language.path(path), list));
        });
        return months;
    }

    List<Listing> tags(List<Article> articles, Problems problems) {
        return terms(articles, Listing.Kind.TAG, Article::tags, problems);
    }

    List<Listing> authors(List<Article> articles, Problems problems) {
        return terms(articles, Listing.Kind.AUTHOR, Article::authors, problems);
    }

    /**
     * Groups articles by tag or author. Spellings that differ only in case, spaces or hyphens
     * are one name (shown as most articles spell it, unless the configuration names a tag);
     * different names that would share a URL ("C++" and "C") are an error naming both files.
     */
    private List<Listing> terms(List<Article> articles, Listing.Kind kind, Function<Article, List<Term>> termsOf,
            Problems problems) {
        Map<String, List<Article>> bySlug = new TreeMap<>();
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        Map<String, Map<String, Article>> firstUse = new HashMap<>();
        Map<String, String> nameKeys = new HashMap<>();
        for (Article article : articles.stream().sorted(Comparator.comparing(Article::source)).toList()) {
            for (Term term : termsOf.apply(article)) {
                bySlug.computeIfAbsent(term.slug(), s -> new ArrayList<>()).add(article);
                spellings.computeIfAbsent(term.slug(), s -> new TreeMap<>()).merge(term.name(), 1, Integer::sum);
                Map<String, Article> uses = firstUse.computeIfAbsent(term.slug(), s -> new LinkedHashMap<>());
                uses.putIfAbsent(nameKeys.computeIfAbsent(term.name(), Slugs::sameNameKey), article);
            }
        }
        List<Listing> listings = new ArrayList<>();
        bySlug.forEach((slug, list) -> {
            Map<String, Article> uses = firstUse.get(slug);
            String path = language.path(Listing.pathOf(kind, slug));
            if (uses.size() > 1) {
                List<Map.Entry<String, Article>> clash = new ArrayList<>(uses.entrySet());
                String what = kind == Listing.Kind.TAG ? "tag" : "author";
                problems.error(SourcePosition.of(clash.get(1).getValue().source()), what + " \""
                        + nameIn(clash.get(1).getValue(), termsOf, slug) + "\" and " + what + " \""
                        + nameIn(clash.get(0).getValue(), termsOf, slug) + "\" in " + clash.get(0).getValue().source()
                        + " would share the URL /" + path + "; spell them alike or rename one");
            }
            String configured = kind == Listing.Kind.TAG ? config.names().tag(slug, language.code())
                    : profiles.containsKey(slug) && !profiles.get(slug).name().isEmpty() ? profiles.get(slug).name() : null;
            String name = configured != null ? configured : mostUsed(spellings.get(slug));
            List<Article> sorted = list.stream().sorted(SiteAssembler.NEWEST_FIRST).toList();
            listings.add(new Listing(kind, slug, name, path, sorted));
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

    private static String nameIn(Article article, Function<Article, List<Term>> termsOf, String slug) {
        return termsOf.apply(article).stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow().name();
    }
}
