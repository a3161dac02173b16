package org.broadsheet.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;

/**
 * What the reload channel tells open pages after a build: the build's id, and which pages it
 * changed. A page reloads when it is one of them, or when every page must (a stylesheet, the
 * settings or the templates changed, a build failed or recovered); any other page only notes
 * the new id. An author looking at one article is not interrupted by another's rebuild.
 *
 * @param paths the changed pages' URL paths, percent-encoded as a browser's {@code location.pathname}
 */
record Reload(String buildId, boolean everyPage, List<String> paths) {

    /** More changed pages than this reload every page: the message stays short. */
    static final int MAX_PATHS = 200;

    Reload {
        paths = List.copyOf(paths);
    }

    static Reload everyPage(String buildId) {
        return new Reload(buildId, true, List.of());
    }

    /**
     * The reload for these changed output files ({@code world/x/index.html}) of a site served
     * under {@code basePath}: every page when one of them is not a page or a feed (a stylesheet,
     * a script, an image) or when there are many.
     */
    static Reload of(String buildId, Collection<String> outputFiles, String basePath) {
        if (outputFiles.size() > MAX_PATHS || !outputFiles.stream().allMatch(Reload::isPageOrFeed)) {
            return everyPage(buildId);
        }
        return new Reload(buildId, false, outputFiles.stream().map(f -> urlPath(basePath, f)).sorted().toList());
    }

    private static boolean isPageOrFeed(String file) {
        return file.endsWith(".html") || file.endsWith(".xml") || file.endsWith(".json");
    }

    /** {@code /news/world/x/} for {@code world/x/index.html} under {@code /news/}. */
    static String urlPath(String basePath, String outputFile) {
        String path = basePath + (outputFile.equals("index.html") || outputFile.endsWith("/index.html")
                ? outputFile.substring(0, outputFile.length() - "index.html".length()) : outputFile);
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** The event's data: {@code ID *} for every page, else {@code ID pages PATH…}. */
    String data() {
        return everyPage ? buildId + " *" : buildId + " pages" + (paths.isEmpty() ? "" : " " + String.join(" ", paths));
    }
}
