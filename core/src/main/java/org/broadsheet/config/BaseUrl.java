package org.broadsheet.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Where the site is served: an origin ({@code https://example.org}) and a path that always
 * starts and ends with '/' ({@code /news/}). Every URL the site writes goes through here, so a
 * site served from a sub-path links correctly.
 */
public record BaseUrl(String origin, String path) {

    /**
     * Parses an absolute http(s) URL, or a bare path such as {@code /news/} (then the origin is
     * {@code fallbackOrigin}).
     *
     * @throws IllegalArgumentException with a sentence saying what is wrong
     */
    public static BaseUrl parse(String text, String fallbackOrigin) {
        if (text.startsWith("/") && !text.startsWith("//")) {
            return new BaseUrl(fallbackOrigin, normalisePath(text));
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("must be an http:// or https:// URL such as https://example.org/news/");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("must not have a query (?) or fragment (#)");
        }
        String origin = scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
        return new BaseUrl(origin, normalisePath(uri.getRawPath() == null ? "/" : uri.getRawPath()));
    }

    private static String normalisePath(String path) {
        if (path.contains("..") || path.contains("\\")) {
            throw new IllegalArgumentException("path must not contain '..' or '\\'");
        }
        String p = path.isEmpty() ? "/" : path;
        return p.endsWith("/") ? p : p + "/";
    }

    /**
     * The link for a site path ({@code world/story/} becomes {@code /news/world/story/}).
     * Characters outside ASCII, as in a slug in Arabic script, are percent-encoded.
     */
    public String link(String sitePath) {
        return path + encode(strip(sitePath));
    }

    /** The absolute URL for a site path, for feeds, sitemaps and canonical links. */
    public String absolute(String sitePath) {
        return origin + link(sitePath);
    }

    /**
     * Whether the site is served from this machine only ({@code localhost}, a name under it,
     * {@code 127.x.y.z} or {@code [::1]}): right for a preview, wrong for a deploy.
     */
    public boolean isLocal() {
        String host = URI.create(origin).getHost();
        return host != null && (host.equals("localhost") || host.endsWith(".localhost") || host.startsWith("127.")
                || host.equals("[::1]"));
    }

    /** The absolute URL of the home page. */
    @Override
    public String toString() {
        return origin + path;
    }

    private static String encode(String sitePath) {
        boolean plain = true;
        for (int i = 0; i < sitePath.length() && plain; i++) {
            char c = sitePath.charAt(i);
            plain = c > ' ' && c < 127;
        }
        if (plain) {
            return sitePath;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : sitePath.getBytes(StandardCharsets.UTF_8)) {
            if (b > ' ' && b < 127) {
                out.append((char) b);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String strip(String sitePath) {
        return sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    }
}
