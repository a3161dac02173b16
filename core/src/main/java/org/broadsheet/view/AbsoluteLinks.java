package org.broadsheet.view;

import java.net.URI;

/**
 * Makes every {@code href}, {@code src} and {@code srcset} of an HTML fragment absolute, for
 * feeds: a feed reader shows an article far from its page, where relative links would break.
 */
final class AbsoluteLinks {

    private static final String[] NAMES = {"href", "src", "srcset"};

    private AbsoluteLinks() {
    }

    /**
     * Resolves each link of {@code html} against {@code pageUrl}, the page's absolute URL. The
     * HTML is the Markdown renderer's, so attributes are written {@code name="value"} after a
     * space; a scan for them is many times faster than a regular expression over a whole body.
     */
    static String rewrite(String html, String pageUrl) {
        URI page = URI.create(pageUrl);
        StringBuilder out = null;
        int copied = 0;
        for (int at = html.indexOf("=\"", 0); at >= 0; at = html.indexOf("=\"", at + 2)) {
            int nameStart = attributeStart(html, at);
            if (nameStart < 0) {
                continue;
            }
            int valueStart = at + 2;
            int valueEnd = html.indexOf('"', valueStart);
            if (valueEnd < 0) {
                break;
            }
            String link = html.substring(valueStart, valueEnd);
            String resolved = html.startsWith("srcset", nameStart) ? resolveEach(page, link) : resolve(page, link);
            if (!resolved.equals(link)) {
                if (out == null) {
                    out = new StringBuilder(html.length() + 256);
                }
                out.append(html, copied, valueStart).append(resolved);
                copied = valueEnd;
            }
            at = valueEnd - 1;
        }
        if (out == null) {
            return html;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** Where {@code href} or {@code src} starts, when the attribute ending at {@code equals} is one; else -1. */
    private static int attributeStart(String html, int equals) {
        for (String name : NAMES) {
            int start = equals - name.length();
            if (start > 0 && html.startsWith(name, start) && !isNamePart(html.charAt(start - 1))) {
                return start;
            }
        }
        return -1;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':';
    }

    /** Each URL of a srcset ({@code a-480w.jpg 480w, a-800w.jpg 800w}) resolved, its descriptor kept. */
    private static String resolveEach(URI page, String srcset) {
        StringBuilder out = new StringBuilder(srcset.length() + 128);
        for (String candidate : srcset.split(",\\s*")) {
            int space = candidate.indexOf(' ');
            String url = space < 0 ? candidate : candidate.substring(0, space);
            out.append(out.length() == 0 ? "" : ", ").append(resolve(page, url)).append(space < 0 ? "" : candidate.substring(space));
        }
        return out.toString();
    }

    private static String resolve(URI page, String link) {
        if (link.isEmpty() || hasScheme(link)) {
            return link;
        }
        try {
            return page.resolve(link.replace("&amp;", "&")).toString().replace("&", "&amp;");
        } catch (IllegalArgumentException e) {
            return link; // not a URI a reader could follow either; leave it as written
        }
    }

    /** Whether the link starts with a URL scheme ({@code https:}, {@code mailto:}). */
    private static boolean hasScheme(String link) {
        if (!isAsciiLetter(link.charAt(0))) {
            return false;
        }
        for (int i = 1; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
