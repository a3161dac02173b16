package org.broadsheet.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.article.SectionFrontReading.SectionIntro;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.frontmatter.SectionFront;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;

/**
 * What the site says of each section, in each language: its name, from {@code broadsheet.yml}
 * ({@code sections:}), else from the section's front page ({@code world/_index.md}, or
 * {@code _index.es.md} in Spanish, falling back to the default language's), else its slug
 * capitalised; and the description, introduction and old paths its front page gives.
 */
public final class Sections {

    private final SiteConfig config;
    /** By slug and language code, "slug\ncode". */
    private final Map<String, SectionIntro> fronts;
    private final Map<String, ListingIntro> intros;

    private Sections(SiteConfig config, Map<String, SectionIntro> fronts, Map<String, ListingIntro> intros) {
        this.config = config;
        this.fronts = fronts;
        this.intros = intros;
    }

    /** Sections named by the configuration alone, as a site without front pages has them. */
    public static Sections of(SiteConfig config) {
        return new Sections(config, Map.of(), Map.of());
    }

    /** The sections as the configuration and the front pages name them; what is wrong goes to {@code problems}. */
    public static Sections of(SiteConfig config, List<SectionIntro> read, Problems problems) {
        Map<String, SectionIntro> fronts = new HashMap<>();
        Map<String, ListingIntro> intros = new HashMap<>();
        for (SectionIntro intro : read) {
            SectionFront front = intro.front();
            Optional<Language> language = front.language().isEmpty() ? Optional.of(config.defaultLanguage())
                    : config.languages().stream().filter(l -> l.isNamedBy(front.language())).findFirst();
            if (language.isEmpty()) {
                problems.warning(SourcePosition.of(front.source()), "is the front page of section " + front.section()
                        + " in language " + front.language() + ", which the site does not publish (languages: in"
                        + " broadsheet.yml), so it is not used");
                continue;
            }
            String key = front.section() + "\n" + language.get().code();
            SectionIntro other = fronts.putIfAbsent(key, intro);
            if (other != null) {
                problems.error(SourcePosition.of(front.source()), "is a second front page of section "
                        + front.section() + " in " + language.get().code() + ", as is " + other.front().source()
                        + "; keep one of them");
                continue;
            }
            List<Alias> aliases = ArticleAddresses.aliases(front.aliases(), front.source(), front.aliasesLine(), problems);
            intros.put(key, new ListingIntro(front.source(), front.description(), intro.html(),
                    aliases == null ? List.of() : aliases));
        }
        return new Sections(config, fronts, intros);
    }

    /** The section's name in the language: configured, or its front page's title, or its slug capitalised. */
    String name(String slug, String language) {
        String configured = config.names().section(slug, language);
        if (configured != null) {
            return configured;
        }
        SectionIntro front = front(slug, language);
        if (front != null && !front.front().title().isEmpty()) {
            return front.front().title();
        }
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What the section's front page in the language adds to its page. */
    ListingIntro intro(String slug, String language) {
        return intros.getOrDefault(slug + "\n" + language, ListingIntro.NONE);
    }

    /** The front pages read, each with the language it is for, to tell those of sections without articles. */
    Map<String, String> frontSources() {
        Map<String, String> sources = new HashMap<>();
        fronts.forEach((key, intro) -> sources.put(key, intro.front().source()));
        return sources;
    }

    private SectionIntro front(String slug, String language) {
        SectionIntro front = fronts.get(slug + "\n" + language);
        return front != null ? front : fronts.get(slug + "\n" + config.defaultLanguage().code());
    }
}
