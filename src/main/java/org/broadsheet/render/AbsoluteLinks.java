package org.broadsheet.render;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes every {@code href} and {@code src} of an HTML fragment absolute, for feeds: a feed
 * reader shows an article far from its page, where relative links would break.
 */
final class AbsoluteLinks {

    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(href|src)=\"([^\"]*)\"");

    private AbsoluteLinks() {
    }

    /** Resolves each link of {@code html} against {@code pageUrl}, the page's absolute URL. */
    static String rewrite(String html, String pageUrl) {
        URI page = URI.create(pageUrl);
        Matcher m = ATTRIBUTE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + resolve(page, m.group(2)) + "\""));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String resolve(URI page, String link) {
        if (link.isEmpty() || link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")) {
            return link;
        }
        try {
            return page.resolve(link.replace("&amp;", "&")).toString().replace("&", "&amp;");
        } catch (IllegalArgumentException e) {
            return link; // not a URI a reader could follow either; leave it as written
        }
    }
}
