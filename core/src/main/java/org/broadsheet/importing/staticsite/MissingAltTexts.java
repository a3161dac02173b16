package org.broadsheet.importing.staticsite;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lead images that an imported article names without alt text ({@code image: x.png}, Hugo's
 * {@code images}). The site builds with them (the page gives the picture an empty alt, with a
 * warning) and {@code check} fails on them until they are described, so the import writes
 * nothing in their place: writing {@code image_alt: ""} would call the picture decorative and
 * hide it from both. It reports the line at the end of the front matter, where
 * {@code image_alt:} would go.
 */
final class MissingAltTexts {

    private static final Pattern FRONT = Pattern.compile("\\A(\\s*(---|\\+\\+\\+)\\n.*?\\n)(\\2\\n)", Pattern.DOTALL);
    private static final Pattern TOML_IMAGE = Pattern.compile("(?m)^images?\\s*=");
    private static final Pattern TOML_ALT = Pattern.compile("(?m)^image_alt\\s*=");

    private MissingAltTexts() {
    }

    /**
     * The line where the article's {@code image_alt:} would go (the end of its front matter),
     * when its front matter names a lead image without alt text; empty when it has none or it is
     * described.
     *
     * @param yaml the front matter's values when it is YAML, or an empty map
     */
    static Optional<Integer> find(String text, Map<String, Object> yaml) {
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
        return Optional.of((int) front.chars().filter(c -> c == '\n').count() + 1);
    }

    private static boolean undescribed(Map<String, Object> yaml) {
        Object image = yaml.get("image");
        boolean named = image instanceof String src ? !src.isBlank()
                : image instanceof Map<?, ?> map ? !map.containsKey("alt")
                : yaml.get("images") instanceof java.util.List<?> list && !list.isEmpty();
        return named && !yaml.containsKey("image_alt");
    }
}
