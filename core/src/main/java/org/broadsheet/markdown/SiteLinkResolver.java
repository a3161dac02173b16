package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes the links and images of an article right wherever the site is served. A site path
 * ({@code /images/x.jpg}) gets the base path in front ({@code /news/images/x.jpg}); a path
 * relative to the article ({@code photo.jpg}, as in a page bundle) is resolved against the
 * article's own URL; links with a scheme pass unchanged, except script and data URLs in links,
 * which become {@code #}. In an article, a link to another article's Markdown file becomes a
 * placeholder that pages replace with that article's URL ({@link ArticleLink}).
 */
final class SiteLinkResolver implements LinkResolver {

    /** The base path of the site, e.g. {@code /news/}. Set on each document before rendering. */
    static final DataKey<String> BASE_PATH = new DataKey<>("BROADSHEET_BASE_PATH", "/");
    /** The URL path that relative links start from, e.g. {@code /news/world/}; empty keeps them relative. */
    static final DataKey<String> PAGE_PATH = new DataKey<>("BROADSHEET_PAGE_PATH", "/");
    /** Whether links to Markdown files name articles: in article bodies, not in reader replies. */
    static final DataKey<Boolean> ARTICLE_LINKS = new DataKey<>("BROADSHEET_ARTICLE_LINKS", false);
    /** The article's folder under {@code content/}, e.g. {@code world/}: where its links to Markdown files start from. */
    static final DataKey<String> CONTENT_FOLDER = new DataKey<>("BROADSHEET_CONTENT_FOLDER", "");

    private static final Pattern TABS_AND_NEWLINES = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new SiteLinkResolver();
        }
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        String url = link.getUrl();
        // flexmark also asks whether "[sic]" without a reference is a link: a changed URL would say yes.
        if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
            return link;
        }
        // An e-mail or "www." autolink is an address, not a site path; flexmark adds mailto: or http:// itself.
        if (node instanceof MailLink || (node instanceof AutoLink && !SCHEME.matcher(withoutControls(url)).find())) {
            return link;
        }
        if (link.getLinkType() == LinkType.LINK && ARTICLE_LINKS.get(context.getDocument())) {
            Optional<String> article = ArticleLink.target(url, CONTENT_FOLDER.get(context.getDocument()));
            if (article.isPresent()) {
                return link.withStatus(LinkStatus.VALID).withUrl(ArticleLink.placeholder(article.get(), url));
            }
        }
        String resolved = resolve(url, BASE_PATH.get(context.getDocument()), PAGE_PATH.get(context.getDocument()),
                link.getLinkType() == LinkType.IMAGE || link.getLinkType() == LinkType.IMAGE_REF);
        return resolved.equals(url) ? link : link.withStatus(LinkStatus.VALID).withUrl(resolved);
    }

    static String resolve(String url, String basePath, String pagePath, boolean image) {
        String trimmed = withoutControls(url).strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("?") || trimmed.startsWith("//")) {
            return url;
        }
        if (SCHEME.matcher(trimmed).find()) {
            return dangerous(trimmed, image) ? "#" : url;
        }
        if (trimmed.startsWith("/")) {
            return basePath + trimmed.substring(1);
        }
        return pagePath.isEmpty() ? url : normalise(pagePath + trimmed);
    }

    /**
     * The URL as a browser reads it: browsers drop tabs and newlines anywhere and control
     * characters at either end, so {@code java&#9;script:} is a script URL to them.
     */
    private static String withoutControls(String url) {
        if (url.chars().noneMatch(c -> c <= ' ')) {
            return url; // nearly every URL: no copy
        }
        return TABS_AND_NEWLINES.matcher(url).replaceAll("").replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "");
    }

    /** Script URLs never belong in an article link; data URLs only as images. */
    private static boolean dangerous(String url, boolean image) {
        String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        return scheme.equals("javascript") || scheme.equals("vbscript")
                || (scheme.equals("data") && !(image && url.toLowerCase(Locale.ROOT).startsWith("data:image/")));
    }

    /** Removes "." and ".." segments from a root-relative path, keeping any query or fragment. */
    private static String normalise(String path) {
        int cut = ArticleLink.indexOfAny(path, '?', '#');
        String tail = cut < 0 ? "" : path.substring(cut);
        String head = cut < 0 ? path : path.substring(0, cut);
        Deque<String> segments = new ArrayDeque<>();
        String[] parts = head.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("..")) {
                segments.pollLast();
            } else if (!part.equals(".")) {
                segments.addLast(part);
            }
        }
        boolean dir = head.endsWith("/") || head.endsWith("/.") || head.endsWith("/..");
        String joined = "/" + String.join("/", segments);
        if (dir && !joined.endsWith("/")) {
            joined += "/";
        }
        return joined.replaceAll("/{2,}", "/") + tail;
    }
}
