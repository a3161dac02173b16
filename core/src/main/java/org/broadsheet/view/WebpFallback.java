package org.broadsheet.view;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.hash.Fingerprint;
import org.broadsheet.model.Asset;
import org.broadsheet.source.SourceFile;
import org.broadsheet.model.Site;
import org.broadsheet.source.ImageSettings;

/**
 * Which images are published as WebP too, so that what shows one offers WebP only where its files
 * exist. A body is rendered, and kept, before its images are made; where libwebp failed on an image
 * (the image stage warned), the body's {@code <picture>} around it is taken off again, leaving
 * its {@code <img>} as it is. Thread-safe.
 */
final class WebpFallback {

    private static final Pattern WIDTH = Pattern.compile("-\\d+w\\.[A-Za-z]+$");
    private static final Pattern PICTURE = Pattern.compile(
            "<picture><source type=\"image/webp\" srcset=\"([^\" ,]+)[^>]*>(<img [^>]*>)</picture>");

    /** The content paths ({@code world/x/photo.jpg}) of the images published as WebP too: the files' own strings. */
    private final Set<String> webp = new HashSet<>();
    /** The site paths ({@code /news/world/x/photo-480w.webp}) a body names that are not published. */
    private final Set<String> missing = new TreeSet<>();

    WebpFallback(Site site) {
        Set<String> widths = new HashSet<>();
        for (Asset asset : site.assets()) {
            if (asset.outputPath().endsWith(".webp") && ImageSettings.resizes(asset.origin().contentPath())) {
                webp.add(asset.origin().contentPath());
            } else if (ImageSettings.resizes(asset.outputPath()) && WIDTH.matcher(asset.outputPath()).find()) {
                widths.add(asset.outputPath() + "\n" + asset.origin().contentPath());
            }
        }
        if (site.config().images().webp()) {
            String basePath = site.config().baseUrl().path();
            for (String width : widths) {
                String[] pathAndSource = width.split("\n");
                if (!webp.contains(pathAndSource[1])) {
                    String variant = pathAndSource[0];
                    missing.add(basePath + variant.substring(0, variant.lastIndexOf('.')) + ".webp");
                }
            }
        }
    }

    /** Whether the image of this source ({@code content/world/x/photo.jpg}) is published as WebP too. */
    boolean has(String source) {
        return SourceFile.contentPathOf(source).filter(webp::contains).isPresent();
    }

    /** What {@link #apply} depends on: the WebP files that failed. */
    long fingerprint() {
        return new Fingerprint().add(missing.toString()).value();
    }

    /** The body's HTML with each {@code <picture>} whose WebP files are not published replaced by its {@code <img>}. */
    String apply(String html) {
        if (missing.isEmpty() || !html.contains("<picture>")) {
            return html;
        }
        Matcher m = PICTURE.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        while (m.find()) {
            boolean gone = missing.contains(decode(m.group(1)));
            m.appendReplacement(out, Matcher.quoteReplacement(gone ? m.group(2) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static String decode(String url) {
        try {
            return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
