package org.broadsheet.scaffold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.broadsheet.model.Slugs;

/**
 * Writes a new article, {@code content/<section>/<slug>.md}, with its front matter filled in:
 * the title, the date (the given "now", in the site's time zone), the language if given, and
 * {@code draft: true} so it stays out of the site until the author says it is done. An existing
 * file is never overwritten.
 */
public final class ArticleScaffold {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private ArticleScaffold() {
    }

    /**
     * Creates the article in the site folder {@code siteRoot}.
     *
     * @param lang a BCP 47 tag, or empty for the site's language
     * @param now  the article's date, in the site's time zone
     * @return the new file's path relative to {@code siteRoot}, with '/': {@code content/world/talks.md}
     * @throws ScaffoldException when the title, section or language cannot be used, or the file exists
     */
    public static String create(Path siteRoot, String title, String section, String lang, ZonedDateTime now)
            throws ScaffoldException {
        if (title.isBlank()) {
            throw new ScaffoldException("the title is empty; write it in quotes: new article \"Storm Reaches the Coast\"");
        }
        String slug = Slugs.slugify(title);
        if (slug.isEmpty()) {
            throw new ScaffoldException("the title \"" + title + "\" has no letters or digits to make a file name from");
        }
        String folder = Slugs.looksLikePath(section) ? "" : Slugs.slugify(section);
        if (folder.isEmpty()) {
            throw new ScaffoldException("--section \"" + section + "\" must be a section's name such as world or politics");
        }
        if (!lang.isEmpty() && !isLanguageTag(lang)) {
            throw new ScaffoldException("--lang \"" + lang + "\" is not a BCP 47 language tag such as en-US or es-VE");
        }
        String relative = "content/" + folder + "/" + slug + ".md";
        Path file = siteRoot.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text(title, lang, now), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(relative + " already exists and was left as it is; "
                    + "choose another title, or edit that file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relative + ": " + e.getMessage(), e);
        }
        return relative;
    }

    private static String text(String title, String lang, ZonedDateTime now) {
        StringBuilder s = new StringBuilder("---\n");
        s.append("title: ").append(quoted(title.strip())).append('\n');
        s.append("date: ").append(date(now)).append('\n');
        if (!lang.isEmpty()) {
            s.append("lang: ").append(lang).append('\n');
        }
        s.append("draft: true\n");
        s.append("# author: Your Name\n");
        s.append("# tags: [one, two]\n");
        s.append("# summary: One or two sentences for listings, feeds and search engines.\n");
        s.append("---\n");
        s.append("Write the article here, in Markdown. Remove `draft: true` above to publish it.\n");
        return s.toString();
    }

    /** The date as front matter writes it: to the second, with the offset of its zone. */
    static String date(ZonedDateTime now) {
        return now.truncatedTo(ChronoUnit.SECONDS).format(DATE);
    }

    /** A YAML double-quoted scalar: any title reads back as the same text ("Q&A: #1" included). */
    private static String quoted(String text) {
        StringBuilder s = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (c < ' ') {
                        s.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"').toString();
    }

    private static boolean isLanguageTag(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        return !locale.getLanguage().isEmpty() && locale.getLanguage().length() <= 3
                && locale.toLanguageTag().equalsIgnoreCase(tag);
    }
}
