package org.broadsheet.view;

import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.broadsheet.config.Language;
import org.broadsheet.config.SiteConfig;
import org.broadsheet.problem.Problems;
import org.broadsheet.problem.SourcePosition;
import org.broadsheet.source.SymbolicLinks;
import org.broadsheet.yaml.YamlDocument;
import org.broadsheet.yaml.YamlException;
import org.broadsheet.yaml.YamlReader;

/**
 * The fixed texts of the theme in each language: the built-in bundles ({@code theme/i18n/en.yml},
 * {@code es.yml}, {@code fr.yml}, {@code de.yml}, {@code pt.yml}, {@code ar.yml}) under the site's
 * own {@code i18n/<language>.yml}, which override or add texts. A text is looked up in the
 * page's language ({@code es-VE}, then {@code es}), then in the default language, then in
 * English; a text a language lacks is reported once as a warning. Templates call
 * {@code t("key")} or {@code t("page_of", 2, 5)}.
 */
public final class Messages {

    private static final String THEME = "/theme/i18n/";

    private final Map<String, Map<String, Object>> site;
    private final Map<String, Map<String, Object>> theme = new ConcurrentHashMap<>();
    private final SiteConfig config;
    private final Map<String, Lookup> lookups = new ConcurrentHashMap<>();

    private Messages(Map<String, Map<String, Object>> site, SiteConfig config) {
        this.site = site;
        this.config = config;
    }

    /** Reads the site's own bundles and reports the texts each of its languages lacks. */
    public static Messages load(Path siteRoot, SiteConfig config, Problems problems) {
        Map<String, Map<String, Object>> site = new LinkedHashMap<>();
        Path folder = siteRoot.resolve("i18n");
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted()
                        .filter(f -> !SymbolicLinks.skipped(f, "i18n/" + f.getFileName(), problems)).toList()) {
                    String code = file.getFileName().toString().replaceFirst("\\.yml$", "");
                    readSiteBundle(file, "i18n/" + file.getFileName(), problems)
                            .ifPresent(texts -> site.put(code.toLowerCase(Locale.ROOT), texts));
                }
            } catch (IOException e) {
                problems.error(SourcePosition.of("i18n"), "cannot be read: " + e.getMessage());
            }
        }
        Messages messages = new Messages(site, config);
        messages.reportGaps(problems);
        return messages;
    }

    private static Optional<Map<String, Object>> readSiteBundle(Path file, String sitePath, Problems problems) {
        return YamlReader.forFiles(1 << 20).readFile(file, sitePath, problems).map(YamlDocument::values);
    }

    /** A warning, once per language and text, for each text the default language has and another lacks. */
    private void reportGaps(Problems problems) {
        String defaultCode = config.defaultLanguage().code();
        TreeSet<String> keys = new TreeSet<>(keysOf(chain(defaultCode)));
        keys.addAll(keysOf(List.of(theme("en"))));
        for (Language language : config.languages()) {
            List<Map<String, Object>> own = chain(language.code());
            String file = "i18n/" + language.code() + ".yml";
            String fallback = language.isDefault() ? "English" : defaultCode;
            if (own.stream().allMatch(Map::isEmpty)) {
                problems.warning(SourcePosition.of(file), "no texts for " + language.code() + "; the " + fallback
                        + " texts are used (add " + file + " to translate them)");
                continue;
            }
            for (String key : keys) {
                if (own.stream().noneMatch(texts -> texts.containsKey(key))) {
                    problems.warning(SourcePosition.of(file), "no text \"" + key + "\" for " + language.code()
                            + "; the " + fallback + " text is used");
                }
            }
        }
    }

    private static List<String> keysOf(List<Map<String, Object>> bundles) {
        List<String> keys = new ArrayList<>();
        bundles.forEach(b -> keys.addAll(b.keySet()));
        return keys;
    }

    /** The bundles of one language, most specific first: the site's es-VE, the site's es, the theme's es. */
    private List<Map<String, Object>> chain(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        String primary = Locale.forLanguageTag(code).getLanguage();
        List<Map<String, Object>> chain = new ArrayList<>();
        if (site.containsKey(lower)) {
            chain.add(site.get(lower));
        }
        if (!primary.equals(lower) && site.containsKey(primary)) {
            chain.add(site.get(primary));
        }
        chain.add(theme(primary));
        return chain;
    }

    private Map<String, Object> theme(String primary) {
        return theme.computeIfAbsent(primary, p -> {
            try (InputStream in = Messages.class.getResourceAsStream(THEME + p + ".yml")) {
                if (in == null) {
                    return Map.of();
                }
                return YamlReader.forFiles(1 << 20).read(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1).values();
            } catch (IOException | YamlException e) {
                throw new IllegalStateException("the theme's bundle " + p + " is broken", e);
            }
        });
    }

    /** The texts of one language. */
    public Lookup forLanguage(String code) {
        return lookups.computeIfAbsent(code, Lookup::new);
    }

    /** The texts of one language, for Java and, as {@code t}, for templates. */
    public final class Lookup implements TemplateMethodModelEx, Fingerprinted {
        private final List<Map<String, Object>> chain;
        /** Of every text this language may show. */
        private final long fingerprint;
        /** Each thread's formatter (they are not thread-safe): making one is most of a t() call. */
        private final ThreadLocal<NumberFormat> numbers;
        private final PluralForms plurals;

        private Lookup(String code) {
            Locale locale = Locale.forLanguageTag(code);
            this.numbers = ThreadLocal.withInitial(() -> NumberFormat.getIntegerInstance(locale));
            this.plurals = new PluralForms(locale);
            this.chain = new ArrayList<>(chain(code));
            chain.addAll(chain(config.defaultLanguage().code()));
            chain.add(theme("en"));
            this.fingerprint = new ViewHash().of(chain);
        }

        @Override
        public long fingerprint() {
            return fingerprint;
        }

        /** The text of {@code key} with {@code {0}}, {@code {1}} filled in; numbers in the language's digits. */
        public String text(String key, Object... args) {
            Object value = raw(key);
            String text = value instanceof Map<?, ?> forms
                    ? plurals.pick(forms, args.length > 0 && args[0] instanceof Number n ? n.longValue() : 0)
                    : value.toString();
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                String shown = arg instanceof Number n ? numbers.get().format(n) : String.valueOf(arg);
                text = text.replace("{" + i + "}", shown);
            }
            return text;
        }

        /**
         * Each plural category of the language (CLDR's names: zero, one, two, few, many, other) with
         * the form of the counted text {@code key} for it, {0} left in: for a script that counts in
         * the browser, which picks the category with the same rules ({@code Intl.PluralRules}).
         */
        public Map<String, String> pluralTexts(String key) {
            Object value = raw(key);
            Map<String, String> texts = new LinkedHashMap<>();
            for (String category : plurals.categories()) {
                texts.put(category, value instanceof Map<?, ?> forms
                        ? String.valueOf(forms.get(forms.containsKey(category) ? category : "other"))
                        : value.toString());
            }
            return texts;
        }

        private Object raw(String key) {
            for (Map<String, Object> texts : chain) {
                Object value = texts.get(key);
                if (value != null) {
                    return value;
                }
            }
            throw new IllegalArgumentException("no text \"" + key + "\" in any language; add it to i18n/"
                    + config.defaultLanguage().code() + ".yml");
        }

        @Override
        public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
            if (arguments.isEmpty()) {
                throw new TemplateModelException("t needs the key of a text, e.g. t(\"leave_reply\")");
            }
            Object[] args = new Object[arguments.size() - 1];
            for (int i = 1; i < arguments.size(); i++) {
                Object argument = arguments.get(i);
                args[i - 1] = argument instanceof TemplateNumberModel n ? n.getAsNumber()
                        : argument instanceof TemplateScalarModel s ? s.getAsString() : String.valueOf(argument);
            }
            Object key = arguments.get(0);
            try {
                return new SimpleScalar(text(key instanceof TemplateScalarModel s ? s.getAsString() : key.toString(), args));
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
        }
    }
}
