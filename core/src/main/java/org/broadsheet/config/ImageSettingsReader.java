package org.broadsheet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.broadsheet.source.ImageSettings;
import org.broadsheet.yaml.YamlFields;

/**
 * Reads {@code images:} of {@code broadsheet.yml}:
 * {@code {widths: [480, 800, 1200, 1600], quality: 82, strip: true, webp: true, maxSizeKb: 1024}}.
 */
final class ImageSettingsReader {

    private static final Set<String> KNOWN = Set.of("widths", "quality", "strip", "webp", "maxSizeKb");
    private static final int MAX_WIDTH = 10_000;

    private ImageSettingsReader() {
    }

    static ImageSettings read(YamlFields site) {
        ImageSettings defaults = ImageSettings.DEFAULT;
        YamlFields images = site.map("images").only(KNOWN);
        return new ImageSettings(widths(images, defaults.widths()),
                images.number("quality", 1, 100, defaults.quality()),
                images.bool("strip", defaults.strip()),
                images.bool("webp", defaults.webp()),
                images.number("maxSizeKb", 1, 1_000_000, (int) (defaults.maxBytes() / 1024)) * 1024L);
    }

    private static List<Integer> widths(YamlFields images, List<Integer> fallback) {
        Object value = images.value("widths");
        if (value == null) {
            return fallback;
        }
        List<Integer> widths = new ArrayList<>();
        if (value instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                if (!(item instanceof Long n) || n < 16 || n > MAX_WIDTH) {
                    widths.clear();
                    break;
                }
                widths.add(n.intValue());
            }
        }
        if (widths.isEmpty()) {
            images.error("widths", images.path("widths") + " must be a list of widths in pixels from 16 to " + MAX_WIDTH
                    + ", such as [480, 800, 1200, 1600]");
            return fallback;
        }
        return widths;
    }
}
