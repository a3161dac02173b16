package org.broadsheet.importing.wordpress;

import java.util.Map;
import java.util.Optional;
import org.broadsheet.comments.ReplyFile;

/**
 * A post's featured image ({@code _thumbnail_id} in its post meta, naming an attachment), which
 * becomes the article's lead image: {@code image:} in its front matter.
 */
final class FeaturedImage {

    private FeaturedImage() {
    }

    /** {@code image:} with its src, its alt text when the attachment has one (else check asks for it) and its caption. */
    static void write(StringBuilder s, Wxr.Attachment image) {
        s.append("image:\n  src: ").append(ReplyFile.quoted(image.url())).append('\n');
        if (!image.alt().isEmpty()) {
            s.append("  alt: ").append(ReplyFile.quoted(image.alt())).append('\n');
        }
        if (!image.caption().isEmpty()) {
            s.append("  caption: ").append(ReplyFile.quoted(image.caption())).append('\n');
        }
    }

    /** The featured image ({@code _thumbnail_id}), when it names an attachment of the export. */
    static Optional<Wxr.Attachment> of(Wxr.Item item, Map<String, Wxr.Attachment> attachments, ImportReport report) {
        String id = item.meta().getOrDefault("_thumbnail_id", "").strip();
        Optional<Wxr.Attachment> image = Optional.ofNullable(attachments.get(id)).filter(a -> !a.url().isEmpty());
        if (!id.isEmpty() && image.isEmpty()) {
            report.review(item, "its featured image, attachment #" + id + ", is not in the export; it has no lead image");
        } else if (image.isPresent() && image.get().alt().isEmpty()) {
            report.review(item, "its featured image has no alt text: add alt: under image: describing it");
        }
        return image;
    }
}
