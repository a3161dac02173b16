package org.broadsheet.markdown;

import java.util.Optional;
import org.broadsheet.source.ImageFiles;

/** The size of an image a body shows, by its src as written; empty when it is not a readable file of the site. */
@FunctionalInterface
public interface ImageSizer {

    ImageSizer NONE = src -> Optional.empty();

    Optional<ImageFiles.Size> sizeOf(String src);
}
