package org.broadsheet.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a check needs from one built HTML page: its title, the ids an {@code #anchor} can point
 * at, every URL it refers to, and whether it asks search engines not to index it (a thank-you
 * page, a redirect: pages nothing needs to link to), read with jsoup as a browser would.
 */
record ScannedPage(String title, Set<String> ids, List<Reference> references, boolean noindex) {

    /** What a URL on a page is for; a missing link target and a missing image are told apart. */
    enum Kind { LINK, IMAGE, FILE }

    /**
     * One URL on the page.
     *
     * @param value      the attribute's value as written
     * @param what       the element and attribute, for messages ({@code a href})
     * @param missingAlt an image without an alt attribute (an empty one says it is decorative)
     * @param fixedSize  an {@code img src} without a srcset: every reader downloads that one file
     */
    record Reference(Kind kind, String value, String what, boolean missingAlt, boolean fixedSize) {
    }

    static ScannedPage scan(String html) {
        Document page = Jsoup.parse(html);
        Set<String> ids = new HashSet<>();
        List<Reference> references = new ArrayList<>();
        for (Element e : page.getAllElements()) {
            if (e.hasAttr("id")) {
                ids.add(e.attr("id"));
            }
            switch (e.normalName()) {
                case "a", "area" -> {
                    if (e.hasAttr("name")) {
                        ids.add(e.attr("name"));
                    }
                    add(references, Kind.LINK, e, "href", false);
                }
                case "img" -> {
                    boolean noAlt = !e.hasAttr("alt"); // alt="" says the image is decorative
                    add(references, Kind.IMAGE, e, "src", noAlt, !e.hasAttr("srcset"));
                    srcset(references, e);
                }
                case "source" -> {
                    add(references, Kind.IMAGE, e, "src", false);
                    srcset(references, e);
                }
                case "video", "audio", "track", "embed", "iframe", "script" -> add(references, Kind.FILE, e, "src", false);
                case "link" -> {
                    if (!e.attr("rel").equalsIgnoreCase("preconnect") && !e.attr("rel").equalsIgnoreCase("dns-prefetch")) {
                        add(references, Kind.FILE, e, "href", false);
                    }
                }
                default -> {
                }
            }
        }
        boolean noindex = page.select("meta[name=robots]").stream()
                .anyMatch(m -> m.attr("content").toLowerCase(java.util.Locale.ROOT).contains("noindex"));
        return new ScannedPage(page.title(), ids, references, noindex);
    }

    private static void add(List<Reference> references, Kind kind, Element e, String attribute, boolean missingAlt) {
        add(references, kind, e, attribute, missingAlt, false);
    }

    private static void add(List<Reference> references, Kind kind, Element e, String attribute, boolean missingAlt,
            boolean fixedSize) {
        if (e.hasAttr(attribute)) {
            references.add(new Reference(kind, e.attr(attribute), e.normalName() + " " + attribute, missingAlt, fixedSize));
        } else if (missingAlt) {
            references.add(new Reference(kind, "", e.normalName(), true, false));
        }
    }

    /** Each candidate of a srcset: "a.jpg 1x, b.jpg 2x". */
    private static void srcset(List<Reference> references, Element e) {
        if (!e.hasAttr("srcset")) {
            return;
        }
        for (String candidate : e.attr("srcset").split(",")) {
            String url = candidate.strip().split("\\s+")[0];
            if (!url.isEmpty()) {
                references.add(new Reference(Kind.IMAGE, url, e.normalName() + " srcset", false, false));
            }
        }
    }
}
