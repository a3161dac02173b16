package org.broadsheet.check;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.problem.Problem.Severity;

/**
 * Checks the HTML pages of a built site. Each page, as it is scanned: links and files that
 * point nowhere, images without alt text, and images too heavy ({@link ImageWeights}). Once
 * every page is known: {@code #anchors} that name no element of their page, pages that no other
 * page links to, and titles shared by several pages. Thread-safe for {@link #page}.
 */
final class PageChecks {

    private record Anchor(String from, String value, SiteAddress.Target target, String file) {
    }

    private final SiteAddress address;
    private final OutputFiles files;
    private final Findings findings;
    private final ImageWeights images;
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    /** Pages that ask not to be indexed: nothing needs to link to them. */
    private final Set<String> hidden = ConcurrentHashMap.newKeySet();
    private final Map<String, String> titles = new ConcurrentHashMap<>();
    private final Set<String> linked = ConcurrentHashMap.newKeySet();
    private final List<Anchor> anchors = Collections.synchronizedList(new ArrayList<>());
    /** Where site paths and full URLs point, which is the same from every page: most links are the templates'. */
    private final Map<String, Optional<SiteAddress.Target>> absolute = new ConcurrentHashMap<>();

    PageChecks(SiteAddress address, OutputFiles files, Findings findings, ImageWeights images) {
        this.address = address;
        this.files = files;
        this.findings = findings;
        this.images = images;
    }

    /** Checks the page written to {@code outputPath}. */
    void page(String outputPath, ScannedPage page) {
        ids.put(outputPath, page.ids());
        if (page.noindex()) {
            hidden.add(outputPath);
        }
        if (!page.noindex()) { // a redirect or a results page may well share its target's title
            titles.put(outputPath, page.title());
        }
        URI uri = address.pageUri(outputPath);
        for (ScannedPage.Reference ref : page.references()) {
            if (ref.missingAlt()) {
                findings.atUrl(Severity.ERROR, outputPath, ref.value(), quietly(uri, ref.value()), "image "
                        + (ref.value().isEmpty() ? "without src" : ref.value())
                        + " has no alt attribute; describe it for readers who cannot see it, or write alt=\"\" if it is"
                        + " only decorative");
            }
            if (!ref.value().isBlank()) {
                reference(outputPath, uri, ref);
            }
        }
    }

    private Optional<SiteAddress.Target> quietly(URI uri, String value) {
        try {
            return value.isBlank() ? Optional.empty() : address.resolve(uri, value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void reference(String outputPath, URI uri, ScannedPage.Reference ref) {
        Optional<SiteAddress.Target> target;
        try {
            String value = ref.value();
            boolean samePageOrRelative = !value.startsWith("/") && !value.contains(":");
            target = samePageOrRelative || value.length() > 300 ? address.resolve(uri, value)
                    : absolute.computeIfAbsent(value, v -> address.resolve(uri, v));
        } catch (IllegalArgumentException e) {
            findings.atUrl(Severity.ERROR, outputPath, ref.value(), Optional.empty(),
                    ref.what() + " \"" + ref.value() + "\" is not a valid URL: " + e.getMessage());
            return;
        }
        if (target.isEmpty()) {
            return; // another site, or another scheme: not this check's business
        }
        String file = files.servedFor(target.get().path());
        if (file == null) {
            findings.atUrl(Severity.ERROR, outputPath, ref.value(), target, switch (ref.kind()) {
                case LINK -> target.get().path().isEmpty() || target.get().path().endsWith("/")
                        || target.get().path().endsWith(".html")
                        ? "link to " + ref.value() + " goes nowhere: the site has no page there"
                        : "link to " + ref.value() + " goes nowhere: the site has no such file";
                case IMAGE -> "image " + ref.value() + " does not exist in the site";
                case FILE -> ref.what() + " " + ref.value() + " does not exist in the site";
            });
            return;
        }
        if (ref.kind() == ScannedPage.Kind.IMAGE) {
            images.check(outputPath, ref, target.get(), file);
        }
        if (ref.kind() == ScannedPage.Kind.LINK && !file.equals(outputPath)) {
            linked.add(file);
        }
        String fragment = target.get().fragment();
        if (!fragment.isEmpty() && !fragment.equals("top") && file.endsWith(".html")) {
            anchors.add(new Anchor(outputPath, ref.value(), target.get(), file));
        }
    }

    /** The checks that need every page: anchors, pages nothing links to, shared titles. */
    void finish() {
        for (Anchor anchor : anchors) {
            Set<String> targetIds = ids.get(anchor.file());
            if (targetIds != null && !targetIds.contains(anchor.target().fragment())) {
                findings.atUrl(Severity.ERROR, anchor.from(), anchor.value(), Optional.of(anchor.target()),
                        "link to " + anchor.value() + " goes to a missing anchor: "
                                + (anchor.file().equals(anchor.from()) ? "this page" : "that page")
                                + " has no element with id \"" + anchor.target().fragment() + "\"");
            }
        }
        for (String page : ids.keySet()) {
            if (!linked.contains(page) && !page.equals("index.html") && !page.equals("404.html") && !hidden.contains(page)) {
                findings.atKey(Severity.WARNING, page, null, "nothing links to this page ("
                        + address.basePath() + page.replaceFirst("index\\.html$", "")
                        + "); readers can only find it through the sitemap or a search engine");
            }
        }
        Map<String, List<String>> byTitle = new TreeMap<>();
        titles.forEach((page, title) -> byTitle.computeIfAbsent(title, t -> new ArrayList<>()).add(page));
        byTitle.forEach((title, pages) -> {
            if (pages.size() > 1 && !title.isBlank()) {
                pages.sort(Comparator.comparing(findings::placeOf).thenComparing(p -> p));
                for (String page : pages.subList(1, pages.size())) {
                    findings.atKey(Severity.WARNING, page, "title", "has the same title as "
                            + findings.placeOf(pages.get(0)) + ": \"" + title + "\"; readers and search engines "
                            + "cannot tell the pages apart");
                }
            }
        });
    }
}
