package org.broadsheet.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.source.SourceFile;

/**
 * Finds the line of an article's source that a problem of its page comes from: the Markdown
 * link, image or reference definition, the raw HTML attribute, or the front matter key. A URL
 * is matched as written, or by where it points once resolved as Broadsheet resolves it (a site
 * path gets the base path; a relative path starts from the article's folder, or from the page
 * itself in a page bundle).
 */
final class SourceLines {

    /** Link destinations: inline links and images, reference definitions, HTML attributes, YAML image keys, autolinks. */
    private static final Pattern DESTINATION = Pattern.compile(
            "\\]\\(\\s*<?([^)\\s>]+)"
                    + "|^\\s{0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)"
                    + "|\\b(?:href|src|srcset)\\s*=\\s*[\"']?([^\"'\\s>]+)"
                    + "|^\\s*(?:image|src)\\s*:\\s*[\"']?([^\"'\\s#]+)"
                    + "|<(https?://[^>\\s]+)>");

    private record Destination(int line, String url) {
    }

    private final List<String> lines;
    private final List<Destination> destinations = new ArrayList<>();
    private final SiteAddress address;
    private final URI page;
    private final String folderUrl;
    private final boolean bundle;

    /**
     * @param source the article's site path, {@code content/world/x.md}
     * @param text   its text
     * @param page   the URL of its page
     */
    SourceLines(String source, String text, SiteAddress address, URI page) {
        this.lines = text.lines().toList();
        this.address = address;
        this.page = page;
        String contentPath = source.substring("content/".length());
        this.bundle = SourceFile.isBundleIndex(contentPath);
        this.folderUrl = address.origin() + address.basePath() + contentPath.substring(0, contentPath.lastIndexOf('/') + 1);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DESTINATION.matcher(lines.get(i));
            while (m.find()) {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        destinations.add(new Destination(i + 1, m.group(g)));
                    }
                }
            }
        }
    }

    /** The line where the URL {@code value} of the page was written, or 0 when no line says it. */
    int lineOf(String value, Optional<SiteAddress.Target> target) {
        for (Destination d : destinations) {
            if (d.url().equals(value)) {
                return d.line();
            }
        }
        if (target.isPresent()) {
            for (Destination d : destinations) {
                if (target.equals(resolve(d.url()))) {
                    return d.line();
                }
            }
        }
        return 0;
    }

    /** The line of a front matter key such as {@code title}, or 0. */
    int lineOfKey(String key) {
        Pattern keyLine = Pattern.compile("^" + Pattern.quote(key) + "\\s*:");
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            if (keyLine.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where a destination written in the article points, as the Markdown stage resolves it. */
    private Optional<SiteAddress.Target> resolve(String url) {
        try {
            if (url.startsWith("/") && !url.startsWith("//")) {
                return address.resolve(page, address.basePath() + url.substring(1));
            }
            if (bundle || url.startsWith("#") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//")) {
                return address.resolve(page, url);
            }
            return address.resolve(URI.create(folderUrl), url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
