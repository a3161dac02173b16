package org.broadsheet.comments;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.frontmatter.DateParser;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlFields;
import org.broadsheet.yaml.YamlReader;

/**
 * Reads a reply file ({@link ReplyFile}) through the safe {@link YamlReader}, checking each key
 * and reporting every problem with its line in the file. Thread-safe.
 */
public final class ReplyReader {

    /**
     * A reply as read: for a queued one also its article and private part (the email address).
     *
     * @param keyLines the line of each key in the file
     */
    public record ReadReply(Reply reply, String article, Map<String, String> privateFields,
            Map<String, Integer> keyLines) {
        public ReadReply {
            privateFields = Map.copyOf(privateFields);
            keyLines = Map.copyOf(keyLines);
        }

        /** The line of a key, or 1 when it is absent. */
        public int lineOf(String key) {
            return keyLines.getOrDefault(key, 1);
        }
    }

    /** A problem at a line of the file; a warning does not stop the reply from being used. */
    public record Issue(int line, String message, boolean error) {
    }

    private static final Set<String> KEYS = Set.of("id", "name", "website", "date", "replyTo", "lang");
    /** A reply is at most 10,000 characters; its front matter far less. */
    private static final int MAX_FRONT_MATTER = 16 * 1024;

    private final YamlReader yaml = YamlReader.forReplies(MAX_FRONT_MATTER);
    private final ZoneId zone;

    /** @param zone the zone of a date written without an offset: the site's */
    public ReplyReader(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * Reads a reply file's text (already decoded and with {@code \n} line ends).
     *
     * @param queued true for a file of the moderation queue, which also names its article and
     *               holds a {@code private:} part; false for an approved reply
     * @return the reply, or empty when {@code issues} received an error
     */
    public Optional<ReadReply> read(String text, boolean queued, List<Issue> issues) {
        int firstEnd = text.indexOf('\n');
        if (firstEnd < 0 || !text.substring(0, firstEnd).stripTrailing().equals("---")) {
            issues.add(new Issue(1, "a reply starts with a line \"---\", then id:, name: and date:, then \"---\" and the text", true));
            return Optional.empty();
        }
        int close = closingLine(text, firstEnd + 1);
        if (close < 0) {
            issues.add(new Issue(1, "the --- block opened on line 1 is never closed with a \"---\" line", true));
            return Optional.empty();
        }
        String block = text.substring(firstEnd + 1, close);
        int closeEnd = text.indexOf('\n', close);
        String body = closeEnd < 0 ? "" : text.substring(closeEnd + 1);
        YamlDocument doc;
        try {
            doc = yaml.read(block, 2);
        } catch (YamlException e) {
            e.all().forEach(each -> issues.add(new Issue(each.line(), each.getMessage(), true)));
            return Optional.empty();
        }
        return new Check(doc, queued, issues).reply(body, 2 + (int) block.chars().filter(c -> c == '\n').count() + 1);
    }

    /** The offset of the first "---" line at or after {@code start}, or -1. */
    private static int closingLine(String text, int start) {
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = end < 0 ? text.substring(start) : text.substring(start, end);
            if (line.stripTrailing().equals("---")) {
                return start;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return -1;
    }

    /** Checks one document's keys; {@code ok} stays true if none had an error. */
    private final class Check {
        private final YamlDocument doc;
        private final YamlFields fields;
        private final boolean queued;
        private final List<Issue> issues;
        private boolean ok = true;

        Check(YamlDocument doc, boolean queued, List<Issue> issues) {
            this.doc = doc;
            this.fields = YamlFields.of(doc, (line, message) -> {
                issues.add(new Issue(line, message, true));
                ok = false;
            });
            this.queued = queued;
            this.issues = issues;
        }

        Optional<ReadReply> reply(String body, int bodyLine) {
            for (String key : doc.values().keySet()) {
                if (!KEYS.contains(key) && !(queued && (key.equals("article") || key.equals("private")))) {
                    warning(key, key.equals("private") || key.equals("email")
                            ? "\"" + key + "\" holds private data, which an approved reply must not: approved replies "
                                    + "are published with the site's source; keep email addresses in replies/private/"
                            : "unknown key \"" + key + "\" is ignored (a reply has id, name, website, date, replyTo and lang)");
                }
            }
            String id = text("id", true);
            if (!id.isEmpty() && !ReplyFile.ID.matcher(id).matches()) {
                error("id", "id \"" + id + "\" may have only letters, digits, '-' and '_' (at most 80)");
            }
            String name = text("name", true);
            String website = text("website", false);
            if (!website.isEmpty() && !ReplyFile.isWebsite(website)) {
                error("website", "website \"" + website + "\" is not an http:// or https:// address");
            }
            ZonedDateTime date = date();
            String replyTo = text("replyTo", false);
            if (!replyTo.isEmpty() && !ReplyFile.ID.matcher(replyTo).matches()) {
                error("replyTo", "replyTo \"" + replyTo + "\" is not a reply id");
            } else if (!replyTo.isEmpty() && replyTo.equals(id)) {
                error("replyTo", "replyTo names the reply itself");
            }
            String lang = text("lang", false);
            if (!lang.isEmpty() && !ReplyFile.isLanguage(lang)) {
                error("lang", "lang \"" + lang + "\" is not a BCP 47 language tag such as en-US");
            }
            if (body.isBlank()) {
                issues.add(new Issue(bodyLine, "the reply has no text after its --- block", true));
                ok = false;
            }
            String article = queued ? text("article", true) : "";
            Map<String, String> privateFields = queued ? privateFields() : Map.of();
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new ReadReply(new Reply(id, name, website, date, replyTo, lang, body), article,
                    privateFields, doc.keyLines()));
        }

        private Map<String, String> privateFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            if (this.fields.value("private") != null && !(this.fields.value("private") instanceof Map)) {
                error("private", "private must be a map such as email: \"reader@example.org\"");
                return fields;
            }
            YamlFields given = this.fields.map("private");
            given.values().forEach((k, v) -> fields.put(k, v == null ? "" : String.valueOf(
                    given.written(k) != null ? given.written(k) : v)));
            return fields;
        }

        /** A text value as written, stripped; YAML 1.1 would read {@code name: No} as false. */
        private String text(String key, boolean required) {
            if (fields.value(key) == null) {
                if (required) {
                    error(key, key + " is missing");
                }
                return "";
            }
            String written = fields.text(key, null);
            if (written == null) {
                return ""; // a list or a map, reported
            }
            if (required && written.isBlank()) {
                error(key, key + " is empty");
            }
            return written.strip();
        }

        private ZonedDateTime date() {
            String text = text("date", true);
            if (text.isEmpty()) {
                return null;
            }
            try {
                return DateParser.parse(text, zone);
            } catch (DateTimeException e) {
                error("date", "date " + e.getMessage());
                return null;
            }
        }

        private void error(String key, String message) {
            fields.error(key, message);
        }

        private void warning(String key, String message) {
            issues.add(new Issue(fields.lineOf(key), message, false));
        }
    }
}
