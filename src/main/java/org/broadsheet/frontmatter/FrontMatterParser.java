package org.broadsheet.frontmatter;

import java.time.ZoneId;
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
        int firstEnd = text.indexOf('\n');
        String firstLine = (firstEnd < 0 ? text : text.substring(0, firstEnd)).stripTrailing();
        if (!firstLine.equals("---")) {
            problems.error(SourcePosition.of(file.sitePath(), 1),
                    "has no front matter: start the file with a line \"---\", then title: and date:, then \"---\"");
            return Optional.empty();
        }
        int close = closingLine(text);
        if (close < 0) {
            problems.error(SourcePosition.of(file.sitePath(), 1),
                    "front matter opened on line 1 is never closed with a \"---\" line");
            return Optional.empty();
        }
        String yamlText = text.substring(firstEnd + 1, Math.max(firstEnd + 1, close));
        int closeEnd = text.indexOf('\n', close);
        String body = closeEnd < 0 ? "" : text.substring(closeEnd + 1);
        int bodyLine = lineCount(yamlText) + 3;
        YamlDocument doc;
        try {
            doc = yaml.read(yamlText, 2);
        } catch (YamlException e) {
            e.all().forEach(each -> problems.error(new SourcePosition(file.sitePath(), each.line(), each.column()),
                    each.getMessage()));
            return Optional.empty();
        }
        FileName fileName = FileName.of(file.contentPath());
        Checker checker = new Checker(file, doc, problems);
        FrontMatter frontMatter = checker.frontMatter(fileName);
        return checker.ok ? Optional.of(new ParsedArticle(file, fileName, frontMatter, body, bodyLine)) : Optional.empty();
    }

    /** The offset of the closing "---" (or "...") line, or -1. */
    private static int closingLine(String text) {
        int start = text.indexOf('\n') + 1;
        while (start > 0 && start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = (end < 0 ? text.substring(start) : text.substring(start, end)).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                return start;
            }
            start = end < 0 ? -1 : end + 1;
        }
        return -1;
    }

    private static int lineCount(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }

    /** Checks one document's keys, reporting each wrong one; {@code ok} stays true if none was. */
    private final class Checker {
        private final YamlDocument doc;
        private final YamlFields fields;
        private boolean ok = true;

        Checker(SourceFile file, YamlDocument doc, Problems problems) {
            this.doc = doc;
            // a key that is missing is reported at the opening "---"
            this.fields = YamlFields.of(doc, 1, (line, message) -> {
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
            PublicationReader.Publication when = new PublicationReader(fields, siteZone).read(fileName);
            Map<String, Object> extra = new LinkedHashMap<>();
            doc.values().forEach((key, value) -> {
                if (!FrontMatterKeys.isKnown(key)) {
                    // a misspelt key would otherwise be a template param, and its meaning lost without a word
                    FrontMatterKeys.mistake(key).ifPresentOrElse(mistake -> fields.error(key, mistake),
                            () -> extra.put(key, value));
                }
            });
            Map<String, Integer> lines = new HashMap<>();
            doc.values().keySet().forEach(key -> lines.put(key, doc.lineOf(key)));
            return new FrontMatter(title.strip(), when.date(), when.updated(), authors(), text("section").strip(),
                    names("tags"), text("summary").strip(), image(), language(), text("slug").strip(),
                    when.draft(), when.expires(), layout(), text("translationKey").strip(), text("canonical").strip(),
                    fields.names("aliases"), extra, lines);
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
            Object value = doc.get("image");
            if (value == null) {
                return Optional.empty();
            }
            if (value instanceof String src) {
                return src.isBlank() ? Optional.empty() : Optional.of(new Image(src.strip(), "", "", ""));
            }
            if (value instanceof Map) {
                YamlFields image = fields.map("image");
                if (!(image.value("src") instanceof String src) || src.isBlank()) {
                    fields.error("image", "image needs a src: the path or URL of the picture");
                    return Optional.empty();
                }
                return Optional.of(new Image(src.strip(), image.text("alt", "").strip(), image.text("caption", "").strip(),
                        image.text("credit", "").strip()));
            }
            fields.error("image", "image must be a path, or a map with src, alt, caption and credit");
            return Optional.empty();
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
