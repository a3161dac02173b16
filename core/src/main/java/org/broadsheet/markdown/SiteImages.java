package org.broadsheet.markdown;

import java.util.List;
import java.util.Optional;
import org.broadsheet.source.ImageFiles;

/** The sizes and published widths of the site's image files, for the body of the article at {@code contentPath}. */
record SiteImages(ImageFiles images, String contentPath) implements ImageSizer {

    @Override
    public Optional<ImageFiles.Size> sizeOf(String src) {
        return local(src).flatMap(images::sizeOf);
    }

    @Override
    public List<Integer> widthsOf(String src) {
        return local(src).map(images::widthsOf).orElse(List.of());
    }

    @Override
    public boolean webp(String src) {
        return local(src).map(images::webpOf).orElse(false);
    }

    private Optional<String> local(String src) {
        return ImageFiles.isLocal(src) ? images.fileOf(contentPath, src) : Optional.empty();
    }
}
