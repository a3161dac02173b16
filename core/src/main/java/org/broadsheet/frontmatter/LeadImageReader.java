package org.broadsheet.frontmatter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.broadsheet.yaml.YamlFields;

/**
 * Reads an article's lead image from its front matter: {@code image} (a path, or a map with
 * {@code src}, {@code alt}, {@code caption} and {@code credit}), or else the first of Hugo's
 * {@code images}. Its alt text is the map's {@code alt}, or else {@code image_alt}; an image
 * with neither is an error at its line, since a reader who cannot see it would get nothing.
 * A decorative image says so with an empty alt written out ({@code alt: ""}).
 */
final class LeadImageReader {

    /** The key that gives the alt text of an image named by a path, Hugo's images or a bundle's featured file. */
    static final String ALT_KEY = "image_alt";

    private final YamlFields fields;
    /** Reports a flaw (line, message): published, but not passed by check. */
    private final BiConsumer<Integer, String> flaw;

    LeadImageReader(YamlFields fields, BiConsumer<Integer, String> flaw) {
        this.fields = fields;
        this.flaw = flaw;
    }

    /** The image, or empty when there is none or it has an error (then reported). */
    Optional<Image> read() {
        Object value = fields.value("image");
        if (value == null && fields.value("images") instanceof List<?> images && !images.isEmpty()
                && images.get(0) instanceof String first && !first.isBlank()) {
            // Hugo's images: the first is the page's social image, which is what a lead image is
            return withAlt("images", first.strip(), null, "", "");
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String src) {
            return src.isBlank() ? Optional.empty() : withAlt("image", src.strip(), null, "", "");
        }
        if (value instanceof Map) {
            YamlFields image = fields.map("image");
            if (!(image.value("src") instanceof String src) || src.isBlank()) {
                fields.error("image", "image needs a src: the path or URL of the picture");
                return Optional.empty();
            }
            return withAlt("image", src.strip(), image, image.text("caption", "").strip(),
                    image.text("credit", "").strip());
        }
        fields.error("image", "image must be a path, or a map with src, alt, caption and credit");
        return Optional.empty();
    }

    /**
     * The alt text given in {@code image_alt} for an image no front matter key names (a bundle's
     * {@code featured.jpg}); empty when it is not given.
     */
    Optional<String> separateAlt() {
        return fields.value(ALT_KEY) == null && !writtenEmpty(fields, ALT_KEY) ? Optional.empty()
                : Optional.of(fields.text(ALT_KEY, "").strip());
    }

    private Optional<Image> withAlt(String key, String src, YamlFields map, String caption, String credit) {
        Optional<String> alt = map != null && (map.value("alt") != null || writtenEmpty(map, "alt"))
                ? Optional.of(map.text("alt", "").strip()) : separateAlt();
        if (alt.isEmpty()) {
            // published (an archive may hold thousands), hidden from screen readers until described; check fails on it
            flaw.accept(fields.lineOf(key), missingAlt(key));
        }
        return Optional.of(new Image(src, alt.orElse(""), caption, credit));
    }

    /** Whether the key is written with an empty text ({@code alt: ""}), which says the image is decorative. */
    private static boolean writtenEmpty(YamlFields fields, String key) {
        return fields.has(key) && "".equals(fields.written(key));
    }

    /** The message for an image without alt text, saying how to give one. */
    static String missingAlt(String key) {
        String where = key.equals("image") ? "add alt: under image: (or " + ALT_KEY + ": beside it)" : "add " + ALT_KEY + ":";
        return key + " has no alt text for readers who cannot see the picture: " + where
                + " describing it, or write alt: \"\" if it is only decorative";
    }
}
