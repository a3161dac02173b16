package org.broadsheet.importing.staticsite;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lead images that an imported article names without alt text ({@code image: x.png}, Hugo's
 * {@code images}), which Broadsheet refuses to build. The import writes {@code image_alt: ""}
 * at the end of the front matter, which keeps the site building (it marks the picture
 * decorative), and reports the line so that someone describes the picture there.
 */
final class MissingAltTexts {

    private static final Pattern FRONT = Pattern.compile("\\A(\\s*(---|\\+\\+\\+)\\n.*?\\n)(\\2\\n)", Pattern.DOTALL);
    private static final Pattern TOML_IMAGE = Pattern.compile("(?m)^images?\\s*=");
    private static final Pattern TOML_ALT = Pattern.compile("(?m)^image_alt\\s*=");

    /**
     * An article with its lead image marked as needing a description.
     *
     * @param text the article with {@code image_alt} written
     * @param line the line of that {@code image_alt}
     */
    record Marked(String text, int line) {
    }

    private MissingAltTexts() {
    }

    /**
     * The article with {@code image_alt} written, when its front matter names a lead image
     * without alt text; empty when it has none or it is described.
     *
     * @param yaml the front matter's values when it is YAML, or an empty map
     */
    static Optional<Marked> mark(String text, Map<String, Object> yaml) {
        Matcher m = FRONT.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        boolean toml = m.group(2).equals("+++");
        String front = m.group(1);
        boolean undescribed = toml ? TOML_IMAGE.matcher(front).find() && !TOML_ALT.matcher(front).find()
                : undescribed(yaml);
        if (!undescribed) {
            return Optional.empty();
        }
        String alt = toml ? "image_alt = \"\"\n" : "image_alt: \"\"\n";
        int line = (int) front.chars().filter(c -> c == '\n').count() + 1;
        return Optional.of(new Marked(front + alt + text.substring(m.start(3)), line));
    }

    private static boolean undescribed(Map<String, Object> yaml) {
        Object image = yaml.get("image");
        boolean named = image instanceof String src ? !src.isBlank()
                : image instanceof Map<?, ?> map ? !map.containsKey("alt")
                : yaml.get("images") instanceof java.util.List<?> list && !list.isEmpty();
        return named && !yaml.containsKey("image_alt");
    }
}
