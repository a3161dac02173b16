package org.broadsheet.intake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Pattern;
import org.broadsheet.comments.CommentLoader;
import org.broadsheet.comments.FormFields;
import org.broadsheet.comments.Reply;
import org.broadsheet.comments.ReplyFile;
import org.broadsheet.comments.ReplyTargets;

/**
 * Checks a posted form field by field, as the reply form promises: comment, name and email are
 * required; each field has a length limit; the email address has the shape browsers check; a
 * website is an http(s) address; the honeypot is empty; the article is one the last build
 * published, and a reply it answers is one of its approved replies. A field of one line may not
 * hold line breaks, control characters, or invisible characters that reorder or hide text
 * ({@link ReplyFile#misleadingInName}), and one of nothing but invisible characters is empty.
 * The comment may hold those (pasted text often does); pages show it without them. Markup is
 * not refused: it is text, shown as text.
 */
final class ReplyCheck {

    static final int MAX_COMMENT = 10_000;
    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_WEBSITE = 200;

    /** The HTML standard's "valid email address" (what type=email checks), with a dot in the domain. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
            + "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern ONE_LINE_FORBIDDEN = Pattern.compile("[\\p{Cntrl}\\u0080-\\u009f\\u2028\\u2029]");
    private static final Pattern TEXT_FORBIDDEN = Pattern.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f\\u0080-\\u009f]");

    /** A reply that passed every check, with the article it answers. */
    record Submission(ReplyTargets.Target target, Reply reply, String email) {
    }

    private final FormFields fields;
    private final Path siteRoot;

    ReplyCheck(FormFields fields, Path siteRoot) {
        this.fields = fields;
        this.siteRoot = siteRoot;
    }

    Submission check(Map<String, String> form, Map<String, ReplyTargets.Target> targets, Instant now)
            throws Rejection {
        if (!form.getOrDefault(fields.honeypot(), "").isEmpty()) {
            throw Rejection.badRequest(fields.honeypot(), "The field \"" + FormBody.printable(fields.honeypot())
                    + "\" must stay empty: it is a trap for spam robots, hidden from people.");
        }
        String comment = text(form, fields.comment(), "your comment", MAX_COMMENT);
        String name = line(form, fields.name(), "your name", MAX_NAME, true);
        String email = line(form, fields.email(), "your email address", MAX_EMAIL, true);
        if (!EMAIL.matcher(email).matches()) {
            throw Rejection.badRequest(fields.email(), "\"" + FormBody.printable(email)
                    + "\" is not an email address such as name@example.org.");
        }
        String website = line(form, fields.website(), "your website", MAX_WEBSITE, false);
        if (!website.isEmpty() && !website.contains("://") && !website.contains(":")) {
            website = "https://" + website; // "example.org", as WordPress takes it
        }
        if (!website.isEmpty() && !ReplyFile.isWebsite(website)) {
            throw Rejection.badRequest(fields.website(), "Your website must be an http:// or https:// address.");
        }
        String articleId = line(form, fields.article(), "the article", 300, true);
        ReplyTargets.Target target = targets.get(articleId);
        if (target == null) {
            throw Rejection.badRequest(fields.article(), "There is no article \"" + FormBody.printable(articleId)
                    + "\" to reply to; it may have been removed.");
        }
        String replyTo = line(form, fields.replyTo(), "the reply you answer", 80, false);
        if (!replyTo.isEmpty() && (!ReplyFile.ID.matcher(replyTo).matches() || !Files.isRegularFile(siteRoot
                .resolve(CommentLoader.FOLDER).resolve(articleId).resolve(replyTo + ReplyFile.EXTENSION)))) {
            throw Rejection.badRequest(fields.replyTo(), "The reply you answer (\"" + FormBody.printable(replyTo)
                    + "\") is not among the article's replies.");
        }
        String lang = line(form, fields.lang(), "the page's language", 35, false);
        if (!lang.isEmpty() && !ReplyFile.isLanguage(lang)) {
            throw Rejection.badRequest(fields.lang(), "\"" + FormBody.printable(lang) + "\" is not a language tag such as en-US.");
        }
        Reply reply = new Reply("", name, website, now.atZone(ZoneOffset.UTC), replyTo, lang, comment);
        return new Submission(target, reply, email);
    }

    /** A one-line field, trimmed. */
    private static String line(Map<String, String> form, String field, String what, int max, boolean required)
            throws Rejection {
        String value = form.getOrDefault(field, "").strip();
        if (ONE_LINE_FORBIDDEN.matcher(value).find()) {
            throw Rejection.badRequest(field, capitalised(what) + " must be one line, without control characters.");
        }
        int misleading = ReplyFile.misleadingInName(value);
        if (misleading >= 0) {
            throw Rejection.badRequest(field, capitalised(what) + " contains an invisible character that can change how "
                    + "text is shown (" + String.format("U+%04X ", misleading) + Character.getName(misleading)
                    + "); please type it without.");
        }
        boolean invisible = value.codePoints().allMatch(c -> Character.getType(c) == Character.FORMAT || Character.isSpaceChar(c));
        return checked(field, what, invisible ? "" : value, max, required);
    }

    /** The comment: line breaks and tabs allowed, as \n, other control characters not. */
    private static String text(Map<String, String> form, String field, String what, int max) throws Rejection {
        String value = form.getOrDefault(field, "").replace("\r\n", "\n").replace('\r', '\n').strip();
        if (TEXT_FORBIDDEN.matcher(value).find()) {
            throw Rejection.badRequest(field, capitalised(what) + " contains control characters.");
        }
        return checked(field, what, value, max, true);
    }

    private static String checked(String field, String what, String value, int max, boolean required)
            throws Rejection {
        if (required && value.isEmpty()) {
            throw Rejection.badRequest(field, "Please give " + what + ": it is required.");
        }
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            throw Rejection.badRequest(field, capitalised(what) + " is too long: " + length + " characters, at most "
                    + max + ".");
        }
        return value;
    }

    private static String capitalised(String what) {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
