package org.broadsheet.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the built site lives on the web ({@code https://example.org} and {@code /news/}), and
 * which URLs on its pages point into it. A URL of the site maps to a path in the output folder.
 */
record SiteAddress(String origin, String basePath) {

    /** A place in the built site: an output path such as {@code world/x/} or {@code feed.xml}, and a fragment or "". */
    record Target(String path, String fragment) {
    }

    /** The URL of the page written to {@code outputPath}: {@code world/x/index.html} is at {@code /news/world/x/}. */
    URI pageUri(String outputPath) {
        String path = outputPath.endsWith("index.html")
                ? outputPath.substring(0, outputPath.length() - "index.html".length()) : outputPath;
        return URI.create(origin + basePath + encode(path));
    }

    /**
     * Where {@code href}, found on {@code page}, points inside the site; empty for other sites,
     * other schemes (mailto:) and paths outside the base path, which a check cannot see.
     *
     * @throws IllegalArgumentException when {@code href} is not a URL at all
     */
    Optional<Target> resolve(URI page, String href) {
        URI uri;
        try {
            uri = page.resolve(new URI(href.strip()));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e.getReason(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null
                || !(scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT)).equals(origin)) {
            return Optional.empty();
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.normalize().getPath();
        if (!path.startsWith(basePath)) {
            return Optional.empty();
        }
        return Optional.of(new Target(path.substring(basePath.length()),
                uri.getFragment() == null ? "" : uri.getFragment()));
    }

    /** Percent-encodes what a URI may not hold as it is (a slug in another script). */
    private static String encode(String path) {
        try {
            return new URI(null, null, "/" + path, null).getRawPath().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
