package org.broadsheet.markdown;

import java.util.List;
import java.util.Optional;
import org.broadsheet.source.ImageFiles;

/** The size of an image a body shows, by its src as written; empty when it is not a readable file of the site. */
@FunctionalInterface
public interface ImageSizer {

    ImageSizer NONE = src -> Optional.empty();

    Optional<ImageFiles.Size> sizeOf(String src);

    /** The widths the image is also published in ({@code photo-800w.jpg}), for its srcset; none when it is not resized. */
    default List<Integer> widthsOf(String src) {
        return List.of();
    }

    /** Whether the image's widths are also published as WebP ({@code photo-800w.webp}). */
    default boolean webp(String src) {
        return false;
    }
}
