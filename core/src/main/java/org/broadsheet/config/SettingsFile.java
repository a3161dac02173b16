package org.broadsheet.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlFields;
import org.broadsheet.yaml.YamlReader;

/**
 * The site's settings as a build reads them: {@code broadsheet.yml}, and over it, when the build
 * names an environment ({@code --environment production}), {@code broadsheet.production.yml}.
 * The environment's file gives only what differs: each of its keys replaces the same key of
 * {@code broadsheet.yml}, maps key by key ({@code comments: {endpoint: …}} changes the endpoint
 * alone), anything else whole. A problem is reported in the file and at the line that wrote the
 * value. An environment without a file of its own builds with {@code broadsheet.yml} alone.
 */
public final class SettingsFile {

    /** An environment's name: what may stand between {@code broadsheet.} and {@code .yml}. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");

    private final YamlDocument doc;
    /** The key paths whose values come from the environment's file. */
    private final Set<String> overlaid;
    private final String overlayPath;

    private SettingsFile(YamlDocument doc, Set<String> overlaid, String overlayPath) {
        this.doc = doc;
        this.overlaid = Set.copyOf(overlaid);
        this.overlayPath = overlayPath;
    }

    /** The file of an environment's settings: {@code broadsheet.production.yml}. */
    public static String fileOf(String environment) {
        return "broadsheet." + environment + ".yml";
    }

    /**
     * Reads the settings; empty when there is no {@code broadsheet.yml} and no file of the
     * environment, or when one cannot be read (reported).
     *
     * @param environment the build's environment, or null for none
     */
    public static Optional<SettingsFile> read(Path siteRoot, String environment, Problems problems) {
        if (environment != null && !NAME.matcher(environment).matches()) {
            problems.error(SourcePosition.of("--environment"), "\"" + environment
                    + "\" is not an environment name: lowercase letters, digits, '-' and '_', such as production");
            environment = null;
        }
        YamlReader yaml = YamlReader.forFiles(1 << 20);
        Optional<YamlDocument> base = file(siteRoot, SiteConfig.FILE, yaml, problems);
        String overlayPath = environment == null ? null : fileOf(environment);
        Optional<YamlDocument> top = overlayPath == null ? Optional.empty()
                : file(siteRoot, overlayPath, yaml, problems);
        if (top.isEmpty()) {
            return base.map(doc -> new SettingsFile(doc, Set.of(), null));
        }
        Set<String> overlaid = new HashSet<>();
        YamlDocument under = base.orElse(new YamlDocument(Map.of(), Map.of(), Map.of(), 1));
        return Optional.of(new SettingsFile(over(under, top.get(), overlaid), overlaid, overlayPath));
    }

    private static Optional<YamlDocument> file(Path root, String name, YamlReader yaml, Problems problems) {
        Path file = root.resolve(name);
        return Files.exists(file) ? yaml.readFile(file, name, problems) : Optional.empty();
    }

    /** The settings' fields, each problem reported in the file that wrote the value. */
    public YamlFields fields(Problems problems) {
        return YamlFields.of(doc, new YamlFields.Report() {
            @Override
            public void error(int line, String message) {
                problems.error(SourcePosition.of(SiteConfig.FILE, line), message);
            }

            @Override
            public void error(String keyPath, int line, String message) {
                problems.error(SourcePosition.of(isOverlaid(keyPath) ? overlayPath : SiteConfig.FILE, line), message);
            }
        });
    }

    private boolean isOverlaid(String path) {
        return isUnder(overlaid, path);
    }

    /** Whether {@code path} is one of {@code paths} or inside one ({@code comments.endpoint} in {@code comments}). */
    private static boolean isUnder(Set<String> paths, String path) {
        return paths.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["));
    }

    /** {@code top} read over {@code base}, the paths it replaced recorded in {@code overlaid}. */
    private static YamlDocument over(YamlDocument base, YamlDocument top, Set<String> overlaid) {
        Map<String, Object> values = merge(base.values(), top.values(), "", overlaid);
        return new YamlDocument(values, byPath(base.keyLines(), top.keyLines(), overlaid),
                byPath(base.texts(), top.texts(), overlaid), base.firstLine());
    }

    /** What {@code base} and {@code top} hold by key path: each path from the file whose value it is. */
    private static <T> Map<String, T> byPath(Map<String, T> base, Map<String, T> top, Set<String> overlaid) {
        Map<String, T> merged = new LinkedHashMap<>();
        base.forEach((path, value) -> {
            if (!isUnder(overlaid, path)) {
                merged.put(path, value);
            }
        });
        top.forEach((path, value) -> {
            if (isUnder(overlaid, path)) {
                merged.put(path, value);
            }
        });
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> top, String prefix,
            Set<String> overlaid) {
        Map<String, Object> merged = new LinkedHashMap<>(base);
        top.forEach((key, value) -> {
            if (value instanceof Map<?, ?> map && base.get(key) instanceof Map<?, ?> under) {
                merged.put(key, merge((Map<String, Object>) under, (Map<String, Object>) map, prefix + key + ".",
                        overlaid));
            } else {
                merged.put(key, value);
                overlaid.add(prefix + key);
            }
        });
        return merged;
    }
}
