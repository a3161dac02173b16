package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SourceFile;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlFields;
import org.broadsheet.yaml.YamlReader;

/**
 * Splits an article into front matter and body and checks the front matter. Every problem is
 * reported with the file's own line numbers, and all problems of a file are reported, not only
 * the first. Thread-safe.
 */
public final class FrontMatterParser {

    /** Front matter is a few hundred bytes; anything near this is a mistake or an attack. */
    private static final int MAX_FRONT_MATTER = 256 * 1024;

    /**
     * How many tags, or authors, an article may name. The page and feed of each carry the article,
     * and each feed entry its tags: 2,000 tags on one article made 134 MB of feeds, 20,000 about 12 GB.
     */
    static final int MAX_NAMES = 50;

    private final YamlReader yaml = YamlReader.forFrontMatter(MAX_FRONT_MATTER);
    private final ZoneId siteZone;

    public FrontMatterParser(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /** The article, or empty when its front matter has errors (then reported to {@code problems}). */
    public Optional<ParsedArticle> parse(SourceFile file, String text, Problems problems) {
        return read(file, text, problems).flatMap(read -> {
            FileName fileName = FileName.of(file.contentPath());
            Checker checker = new Checker(file, read.doc(), read.block().openLine(), problems);
            FrontMatter frontMatter = checker.frontMatter(fileName);
            return checker.ok ? Optional.of(new ParsedArticle(file, fileName, frontMatter, read.block().body(),
                    read.block().bodyLine())) : Optional.empty();
        });
    }

    /**
     * A section's front page ({@code world/_index.md}): its title, description, aliases and body.
     * Its other keys are Hugo's business (menus, cascades, weights) and are not checked; empty
     * when the front matter cannot be read (then reported to {@code problems}).
     */
    public Optional<SectionFront> parseSectionFront(SourceFile file, String text, Problems problems) {
        return read(file, text, problems).map(read -> {
            YamlFields fields = YamlFields.of(read.doc(), read.block().openLine(),
                    (line, message) -> problems.error(SourcePosition.of(file.sitePath(), line), message));
            String path = file.contentPath();
            List<String> aliases = fields.names("aliases");
            return new SectionFront(file.sitePath(), path.substring(0, path.indexOf('/')),
                    FileName.of(path).language(), fields.text("title", "").strip(), fields.text("description", "").strip(),
                    aliases, read.doc().lineOf("aliases"), read.block().body());
        });
    }

    /** A file's front matter block and its document, read; empty when either has errors (reported). */
    private Optional<Read> read(SourceFile file, String text, Problems problems) {
        Object split = FrontMatterBlock.split(text);
        if (split instanceof FrontMatterBlock.Missing missing) {
            problems.error(SourcePosition.of(file.sitePath(), missing.line()), missing.message());
            return Optional.empty();
        }
        FrontMatterBlock block = (FrontMatterBlock) split;
        try {
            // JSON is YAML's flow style, so the YAML reader reads it, with its limits and lines
            return Optional.of(new Read(block, block.format() == FrontMatterBlock.Format.TOML
                    ? TomlFrontMatter.read(block.text(), block.firstLine()) : yaml.read(block.text(), block.firstLine())));
        } catch (YamlException e) {
            e.all().forEach(each -> problems.error(new SourcePosition(file.sitePath(), each.line(), each.column()),
                    each.getMessage()));
            return Optional.empty();
        }
    }

    private record Read(FrontMatterBlock block, YamlDocument doc) {
    }

    /** Checks one document's keys, reporting each wrong one; {@code ok} stays true if none was. */
    private final class Checker {
        private final Problems problems;
        private final YamlDocument doc;
        private final YamlFields fields;
        private final SourceFile file;
        /** Whether the file is in a Jekyll folder, whose texts are read as Jekyll reads them. */
        private final boolean jekyll;
        private boolean ok = true;

        Checker(SourceFile file, YamlDocument doc, int openLine, Problems problems) {
            this.problems = problems;
            this.doc = doc;
            this.file = file;
            this.jekyll = inJekyllFolder("_posts") || inJekyllFolder("_drafts");
            // a key that is missing is reported at the opening "---"
            this.fields = YamlFields.of(doc, openLine, (line, message) -> {
                ok = false;
                problems.error(SourcePosition.of(file.sitePath(), line), message);
            });
        }

        FrontMatter frontMatter(FileName fileName) {
            String title = text("title");
            if (title.isBlank()) {
                fields.error("title", doc.has("title") ? "title is empty" : "title is missing (add a line title: ... to the front matter)");
            }
            oneOf("author", "authors", "name the authors");
            oneOf("expiryDate", "expires", "say when the article expires");
            oneOf("updated", "lastmod", "say when the article changed");
            oneOf("updated", "last_modified_at", "say when the article changed");
            oneOf("lastmod", "last_modified_at", "say when the article changed");
            oneOf("categories", "category", "name the categories");
            PublicationReader.Publication when = new PublicationReader(fields, siteZone).read(fileName, undated());
            Map<String, Object> extra = new LinkedHashMap<>();
            doc.values().forEach((key, value) -> {
                if (key.equals(CorrectionsReader.KEY)) {
                    List<Map<String, Object>> corrections = new CorrectionsReader(doc, fields, siteZone).read();
                    if (!corrections.isEmpty()) {
                        extra.put(key, corrections);
                    }
                } else if (key.equals("featured")) {
                    featured().ifPresent(featured -> extra.put(key, featured));
                } else if (key.equals("weight")) {
                    extra.put(key, (long) fields.number(key, -1_000_000, 1_000_000, 0));
                } else if (FrontMatterKeys.alsoParam(key)) {
                    extra.put(key, value);
                } else if (!FrontMatterKeys.isKnown(key)) {
                    // a misspelt key would otherwise be a template param, and its meaning lost without a word
                    FrontMatterKeys.mistake(key).ifPresentOrElse(mistake -> fields.error(key, mistake),
                            () -> extra.put(key, value));
                }
            });
            Map<String, Integer> lines = new HashMap<>();
            doc.values().keySet().forEach(key -> lines.put(key, doc.lineOf(key)));
            String summary = text("summary").strip();
            return new FrontMatter(title.strip(), when.date(), when.updated(), authors(), section(),
                    tags(), summary.isEmpty() ? text("description").strip() : summary, image(), language(),
                    text("slug").strip(), when.draft() || inJekyllFolder("_drafts"), when.expires(), layout(),
                    text("translationKey").strip(), text("canonical").strip(), aliases(), extra, lines);
        }

        /**
         * {@code featured}: true or false, or the moment the pin ends ({@code featured:
         * 2026-12-31T18:00}, kept as ISO 8601 with its offset); anything else is reported.
         */
        private Optional<Object> featured() {
            Object value = doc.get("featured");
            if (value instanceof String text && !text.isBlank() && Character.isDigit(text.strip().charAt(0))) {
                try {
                    return Optional.of(DateParser.parse(text.strip(), siteZone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                } catch (DateTimeException e) {
                    fields.error("featured", "featured " + e.getMessage() + " (write true, false, or the moment the"
                            + " pin ends, such as featured: 2026-12-31T18:00)");
                    return Optional.empty();
                }
            }
            return fields.flag("featured").map(featured -> featured);
        }

        /**
         * The date of a file that gives none, as Jekyll and Hugo date it: a Jekyll draft's
         * modification time (a draft is not published, so the site's output stays the same),
         * and a standalone page's {@link FrontMatter#UNDATED}; none for an article.
         */
        private Optional<ZonedDateTime> undated() {
            if (inJekyllFolder("_drafts")) {
                return Optional.of(Instant.EPOCH.plusNanos(file.modified()).atZone(siteZone));
            }
            return SourceFile.isPage(file.contentPath()) ? Optional.of(FrontMatter.UNDATED.atZone(siteZone))
                    : Optional.empty();
        }

        /** Two keys that say the same thing: giving both is an error at the second, since one would be ignored. */
        private void oneOf(String key, String other, String saying) {
            if (doc.has(key) && doc.has(other)) {
                boolean keyFirst = doc.lineOf(key) < doc.lineOf(other);
                String first = keyFirst ? key : other;
                String second = keyFirst ? other : key;
                fields.error(second, second + " and " + first + " (line " + doc.lineOf(first) + ") both " + saying
                        + "; keep one of them");
            }
        }

        /**
         * The tags and then the categories ({@code categories}, or Jekyll's {@code category}),
         * each once. In a Jekyll {@code _posts} or {@code _drafts} folder a text of several words
         * is several tags, as Jekyll reads it ({@code tags: politics economy}); anywhere else it is
         * one tag ({@code tags: Climate Change}), as Broadsheet has always read it.
         */
        private List<String> tags() {
            List<String> tags = new ArrayList<>();
            for (String key : List.of("tags", doc.has("category") ? "category" : "categories")) {
                boolean spaced = jekyll && fields.value(key) instanceof String;
                for (String name : names(key)) {
                    tags.addAll(spaced ? List.of(name.split("\\s+")) : List.of(name));
                }
            }
            return tags.stream().distinct().toList();
        }

        /**
         * The section named by {@code section}; for a post of a Jekyll {@code _posts} or
         * {@code _drafts} folder at the top of {@code content/}, whose folder names no section,
         * else its first category, which is where Jekyll's URLs put it.
         */
        private String section() {
            String section = text("section").strip();
            String path = file.contentPath();
            if (!section.isEmpty() || !(path.startsWith("_posts/") || path.startsWith("_drafts/"))) {
                return section;
            }
            List<String> categories = fields.names(doc.has("category") ? "category" : "categories");
            return categories.isEmpty() ? "" : categories.get(0).split("\\s+")[0];
        }

        /** {@code aliases}, and Jekyll's {@code redirect_from} (jekyll-redirect-from), which say the same. */
        private List<String> aliases() {
            List<String> aliases = new ArrayList<>(fields.names("aliases"));
            aliases.addAll(fields.names("redirect_from"));
            return aliases;
        }

        private boolean inJekyllFolder(String folder) {
            return ("/" + file.contentPath()).contains("/" + folder + "/");
        }

        private List<String> authors() {
            return names(doc.has("author") ? "author" : "authors");
        }

        /** A list of tags or authors, of at most {@link #MAX_NAMES}: an error beyond. */
        private List<String> names(String key) {
            List<String> names = fields.names(key);
            if (names.size() > MAX_NAMES) {
                fields.error(key, key + " lists " + names.size() + " names; an article may have at most " + MAX_NAMES
                        + ", as the page and feed of each one carry the article");
                return List.of();
            }
            return names;
        }

        private Optional<Image> image() {
            return new LeadImageReader(fields,
                    (line, message) -> problems.flaw(SourcePosition.of(file.sitePath(), line), message)).read();
        }

        private String language() {
            String lang = text("lang").strip();
            if (lang.isEmpty()) {
                return "";
            }
            Locale locale = Locale.forLanguageTag(lang);
            // ISO 639 codes have two or three letters; BCP 47 reserves 5-8 letters ("english") and registers none.
            if (locale.getLanguage().isEmpty() || locale.getLanguage().length() > 3
                    || !locale.toLanguageTag().equalsIgnoreCase(lang)) {
                fields.error("lang", "lang \"" + lang + "\" is not a BCP 47 language tag such as en-US or es-VE");
                return "";
            }
            return locale.toLanguageTag();
        }

        private String layout() {
            String layout = text("layout").strip();
            if (!layout.isEmpty() && !layout.matches("[a-z0-9][a-z0-9_-]*")) {
                fields.error("layout", "layout \"" + layout + "\" must be a template name such as feature "
                        + "(lowercase letters, digits, '-' and '_')");
                return "";
            }
            return layout;
        }

        private String text(String key) {
            return fields.text(key, "");
        }
    }
}
