package org.broadsheet.importing.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shortcodes left in a post once the ones the import knows are converted: a plugin's code
 * ({@code [contact-form-7 id="1"]}) that means nothing without the plugin. Each is set aside as
 * an HTML comment, so that readers do not see code in brackets while an editor still finds it
 * in the Markdown ({@code grep 'WordPress shortcode'}), and the report names it. Only what
 * cannot be prose counts: a shortcode with attributes, a closing tag, or - or _ in its name. A
 * bracketed word ({@code [sic]}, {@code [toc]}) is left as text and named as a possible one, as
 * WordPress itself shows one no plugin registered. Code samples ({@code <pre>}, {@code <code>})
 * are left alone: a shortcode there is what the author shows.
 */
final class UnknownShortcodes {

    private static final Pattern SHORTCODE = Pattern.compile("\\[/?([a-z][a-z0-9_-]*)(?:\\s[^\\]]*)?\\]");
    private static final Pattern CODE = Pattern.compile("<(pre|code)\\b.*?</\\1>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** The names of the shortcodes set aside, and of the bracketed words that may be shortcodes. */
    private final Set<String> hidden = new TreeSet<>();
    private final Set<String> maybe = new TreeSet<>();

    /**
     * {@code html} with each shortcode replaced by a placeholder ({@code BSRAWHTMLnX}) for the
     * comment added to {@code raw}, the placeholders {@link WordPressHtml} puts back.
     */
    String setAside(String html, List<String> raw) {
        List<int[]> code = new ArrayList<>();
        Matcher c = CODE.matcher(html);
        while (c.find()) {
            code.add(new int[] {c.start(), c.end()});
        }
        return SHORTCODE.matcher(html).replaceAll(m -> {
            String name = m.group(1);
            if (code.stream().anyMatch(range -> m.start() >= range[0] && m.start() < range[1])) {
                return Matcher.quoteReplacement(m.group());
            }
            if (!m.group().contains("=") && !m.group().startsWith("[/") && !name.contains("-") && !name.contains("_")
                    && !html.contains("[/" + name + "]")) {
                maybe.add(name);
                return Matcher.quoteReplacement(m.group());
            }
            hidden.add(name);
            raw.add("<!-- WordPress shortcode: " + m.group().replace("--", "- -") + " -->"); // "--" may not be in a comment
            return "BSRAWHTML" + (raw.size() - 1) + "X";
        });
    }

    List<String> hidden() {
        return List.copyOf(hidden);
    }

    List<String> maybe() {
        return List.copyOf(maybe);
    }
}
