package org.broadsheet.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.config.BaseUrl;
import org.broadsheet.frontmatter.FrontMatter;
import org.broadsheet.frontmatter.Image;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.ImageFiles;
import org.broadsheet.source.SourceFile;

/**
 * An article's lead image: the one its front matter names, or else, in a page bundle, the file
 * {@code featured.jpg} (or .jpeg, .png, .webp, .gif, .avif) beside its text, as Hugo has it,
 * described by {@code image_alt}. Its URL is resolved for the site and its size read from the file.
 */
final class LeadImages {

    /** The names of a bundle's lead image, in the order one is taken when there are several. */
    static final List<String> FEATURED = List.of("featured.jpg", "featured.jpeg", "featured.png", "featured.webp",
            "featured.gif", "featured.avif");

    /** An image is an http(s) URL, a protocol-relative URL, or a path; never a script or data URL. */
    private static final Pattern IMAGE_SRC = Pattern.compile("(?i)(https?:|//|/|(?![a-z][a-z0-9+.-]*:))\\S.*");

    private final BaseUrl baseUrl;
    private final ImageFiles images;

    LeadImages(BaseUrl baseUrl, ImageFiles images) {
        this.baseUrl = baseUrl;
        this.images = images;
    }

    /**
     * The article's lead image as written, or its bundle's {@code featured.*}; empty when it has
     * none, null when it has one with an error (reported at its line).
     */
    Optional<Image> of(FrontMatter fm, SourceFile file, Problems problems) {
        String source = file.sitePath();
        if (fm.image().isPresent()) {
            if (!IMAGE_SRC.matcher(fm.image().get().src()).matches()) {
                problems.error(SourcePosition.of(source, fm.lineOf("image")), "image src \"" + fm.image().get().src()
                        + "\" must be an http(s) URL, a site path such as /images/photo.jpg, or a file beside the article");
                return null;
            }
            return fm.image();
        }
        Optional<String> featured = featuredFile(file.contentPath());
        if (featured.isEmpty()) {
            return Optional.empty();
        }
        if (!fm.extra().containsKey("image_alt")) { // published, but check fails on it
            problems.flaw(SourcePosition.of(source, fm.lineOf("image_alt")), featured.get() + " beside the article is"
                    + " its lead image, but has no alt text for readers who cannot see it: add image_alt: describing"
                    + " it, or write image_alt: \"\" if it is only decorative");
        }
        Object alt = fm.extra().get("image_alt");
        return Optional.of(new Image(featured.get(), alt == null ? "" : alt.toString().strip(), "", ""));
    }

    /** A bundle's {@code featured.*}, by its name; empty when the article is no bundle or has none. */
    private Optional<String> featuredFile(String contentPath) {
        if (!SourceFile.isBundleIndex(contentPath)) {
            return Optional.empty();
        }
        String folder = contentPath.substring(0, contentPath.lastIndexOf('/') + 1);
        return FEATURED.stream().filter(name -> images.exists(folder + name)).findFirst();
    }

    /**
     * Resolves an image's src: full URLs stay, site paths get the base path, and a path beside
     * the article resolves against the page (a bundle) or the article's folder.
     */
    ArticleImage resolve(Image image, SourceFile file, String pagePath) {
        String src = image.src();
        String url;
        if (!ImageFiles.isLocal(src)) {
            url = src;
        } else if (src.startsWith("/")) {
            url = baseUrl.link(src);
        } else {
            String folder = file.contentPath().contains("/")
                    ? file.contentPath().substring(0, file.contentPath().lastIndexOf('/') + 1) : "";
            String pageDir = pagePath.endsWith("/") ? pagePath : pagePath.substring(0, pagePath.lastIndexOf('/') + 1);
            url = baseUrl.link((SourceFile.isBundleIndex(file.contentPath()) ? pageDir : folder) + src);
        }
        Optional<String> local = ImageFiles.isLocal(src) ? images.fileOf(file.contentPath(), src) : Optional.empty();
        Optional<ImageFiles.Size> size = local.flatMap(images::sizeOf);
        return new ArticleImage(url, image.alt(), image.caption(), image.credit(),
                local.map(ImageFiles::sitePath).orElse(""), size.map(ImageFiles.Size::width).orElse(0),
                size.map(ImageFiles.Size::height).orElse(0), local.map(images::widthsOf).orElse(List.of()));
    }
}
