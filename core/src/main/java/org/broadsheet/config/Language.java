package org.broadsheet.config;

import java.util.Locale;
import java.util.Set;

/**
 * One language the site publishes in.
 *
 * @param code        its BCP 47 tag ({@code es-VE})
 * @param name        its name in itself, for the language selector ("Español")
 * @param prefix      the folder its pages live under ({@code es}), or "" for the site's root
 * @param title       the site's title in this language
 * @param description the site's description in this language
 * @param isDefault   whether it is the site's default language
 */
public record Language(String code, String name, String prefix, String title, String description, boolean isDefault) {

    /** Languages written right to left, for {@code dir="rtl"}. */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb");

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /** {@code rtl} for Arabic, Hebrew, Persian and other right-to-left scripts, else {@code ltr}. */
    public String dir() {
        return dir(code);
    }

    public static String dir(String code) {
        return RIGHT_TO_LEFT.contains(Locale.forLanguageTag(code).getLanguage()) ? "rtl" : "ltr";
    }

    /** A site path in this language: {@code world/} becomes {@code es/world/}. */
    public String path(String sitePath) {
        return prefix.isEmpty() ? sitePath : prefix + "/" + sitePath;
    }

    /** Whether a file-name suffix such as {@code es} or {@code es-VE} names this language. */
    public boolean isNamedBy(String suffix) {
        return suffix.equalsIgnoreCase(code) || (!prefix.isEmpty() && suffix.equalsIgnoreCase(prefix))
                || suffix.equalsIgnoreCase(locale().getLanguage());
    }

    /** A language's name in that language, capitalised as a menu item ("English", "Español"). */
    public static String nameOf(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
