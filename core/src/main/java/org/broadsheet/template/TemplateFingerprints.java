package org.broadsheet.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.hash.Fingerprint;

/**
 * The fingerprint of a template together with every template it includes or imports, so that
 * changing a partial re-renders exactly the pages whose templates use it. Includes are found in
 * the template's text; a template that includes by a computed name depends on every template.
 */
public final class TemplateFingerprints {

    private static final Pattern LITERAL = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");
    private static final Pattern ANY = Pattern.compile("<#(?:include|import)\\b");

    private final Path siteTemplates;
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, Long> fingerprints = new ConcurrentHashMap<>();

    public TemplateFingerprints(Path siteTemplates) {
        this.siteTemplates = siteTemplates;
    }

    public long of(String name) {
        return fingerprints.computeIfAbsent(name, this::compute);
    }

    private long compute(String name) {
        Fingerprint fingerprint = new Fingerprint();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(name));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (!seen.add(next)) {
                continue;
            }
            String text = source(next);
            fingerprint.add(next).add(text);
            if (text == null) {
                continue;
            }
            Matcher literal = LITERAL.matcher(text);
            int literals = 0;
            while (literal.find()) {
                todo.push(resolve(next, literal.group(1)));
                literals++;
            }
            Matcher any = ANY.matcher(text);
            int all = 0;
            while (any.find()) {
                all++;
            }
            if (all > literals) {
                return Fingerprint.of(String.valueOf(everything())); // a computed include could be anything
            }
        }
        return fingerprint.value();
    }

    /** Every template the site has, for the rare template that includes by a computed name. */
    private long everything() {
        Fingerprint fingerprint = new Fingerprint();
        if (Files.isDirectory(siteTemplates)) {
            try (var files = Files.walk(siteTemplates)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    fingerprint.add(file.toString()).add(Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fingerprint.value(); // the theme's own templates change only with Broadsheet's version, which the site view holds
    }

    private static String resolve(String from, String include) {
        if (include.startsWith("/")) {
            return include.substring(1);
        }
        int slash = from.lastIndexOf('/');
        try {
            return Path.of(slash < 0 ? "" : from.substring(0, slash)).resolve(include).normalize()
                    .toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return include; // as in source(): a name FreeMarker will not find either
        }
    }

    /** The template's text, from the site's templates/ first, then from the theme; null if neither has it. */
    private String source(String name) {
        return sources.computeIfAbsent(name, n -> {
            try {
                Path own = siteTemplates.resolve(n); // refused for a name this locale cannot write (é under LC_ALL=C)
                if (Files.isRegularFile(own)) {
                    return Files.readString(own);
                }
                try (InputStream in = TemplateFingerprints.class.getResourceAsStream(TemplateEngine.THEME + "/" + n)) {
                    return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException | InvalidPathException e) {
                return "";
            }
        });
    }
}
