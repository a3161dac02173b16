package org.broadsheet.importing.staticsite;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.Broadsheet;

/**
 * The URL path each file had on the Jekyll or Hugo site it comes from, as that generator made it
 * from its config's permalink patterns, so that the import can keep it answering as an alias.
 * Empty where the file had none (a draft, a section's front page), where its front matter gives
 * its path ({@code permalink:}, {@code url:}), which Broadsheet keeps, or where a pattern names
 * what the file does not say (a date of an undated page).
 */
final class OldUrls {

    /** Jekyll's permalink styles; {@code date} is its default. */
    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    /** A Jekyll post: categories may be folders above {@code _posts}; the name gives the date and title. */
    private static final Pattern JEKYLL_POST = Pattern.compile(
            "(?:(.+)/)?_posts/(?:.+/)?(\\d{4})-(\\d{2})-(\\d{2})-([^/]+)\\.[^./]+");
    private static final Pattern EXTENSION = Pattern.compile("\\.(md|markdown|mdown|html)$");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private final StaticSiteImport.Source source;
    private final GeneratorConfig config;

    OldUrls(StaticSiteImport.Source source, GeneratorConfig config) {
        this.source = source;
        this.config = config;
    }

    /** The old path of the file at {@code relative} (under the imported folder), whose front matter is {@code fm}. */
    Optional<String> of(String relative, Map<String, Object> fm) {
        if (!EXTENSION.matcher(relative).find() || relative.startsWith("_drafts/") || relative.contains("/_drafts/")) {
            return Optional.empty();
        }
        return source == StaticSiteImport.Source.JEKYLL ? jekyll(relative, fm) : hugo(relative, fm);
    }

    private Optional<String> jekyll(String relative, Map<String, Object> fm) {
        String given = text(fm, "permalink");
        if (!given.isEmpty() && !given.contains(":")) {
            return Optional.empty();
        }
        String style = config.text("permalink");
        String pattern = !given.isEmpty() ? given : JEKYLL_STYLES.getOrDefault(style.isEmpty() ? "date" : style, style);
        Matcher post = JEKYLL_POST.matcher(relative);
        if (!post.matches()) {
            // a page: its path, with .html, or as a folder under the pretty style
            String path = EXTENSION.matcher(relative).replaceFirst("");
            return relative.startsWith("_") || relative.contains("/_") ? Optional.empty()
                    : Optional.of("/" + path + (pattern.endsWith("/") ? "/" : ".html"));
        }
        Optional<ZonedDateTime> date = date(fm);
        LocalDate day = date.map(ZonedDateTime::toLocalDate).orElseGet(() -> LocalDate.of(
                Integer.parseInt(post.group(2)), Integer.parseInt(post.group(3)), Integer.parseInt(post.group(4))));
        List<String> categories = new ArrayList<>();
        if (post.group(1) != null) {
            categories.addAll(List.of(post.group(1).split("/")));
        }
        categories.addAll(names(fm, fm.containsKey("category") ? "category" : "categories"));
        String title = text(fm, "slug").isEmpty() ? post.group(5) : text(fm, "slug");
        Map<String, String> values = new HashMap<>(dated(day, date));
        values.put("categories", String.join("/", categories.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct()
                .toList()));
        values.put("title", title.replaceAll("[^\\p{L}\\p{N}._~!$&'()+,;=@]+", "-").replaceAll("^-|-$", ""));
        values.put("slug", title.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", ""));
        values.put("output_ext", ".html");
        return expand(pattern, values);
    }

    private Optional<String> hugo(String relative, Map<String, Object> fm) {
        String file = relative.substring(relative.lastIndexOf('/') + 1);
        if (!text(fm, "url").isEmpty() || file.startsWith("_index.")) {
            return Optional.empty();
        }
        String folder = relative.contains("/") ? relative.substring(0, relative.lastIndexOf('/')) : "";
        boolean bundle = file.startsWith("index.");
        String name = bundle ? folder.substring(folder.lastIndexOf('/') + 1) : EXTENSION.matcher(file).replaceFirst("");
        String within = bundle ? (folder.contains("/") ? folder.substring(0, folder.lastIndexOf('/')) : "") : folder;
        String section = within.isEmpty() ? "" : within.split("/")[0];
        String slug = text(fm, "slug");
        String title = urlize(text(fm, "title"));
        Object permalinks = config.table("permalinks").get(section);
        if (config.table("permalinks").get("page") instanceof Map<?, ?> pages && pages.get(section) instanceof String p) {
            permalinks = p;
        }
        if (section.isEmpty() || !(permalinks instanceof String pattern)) {
            return Optional.of(("/" + within + "/" + (slug.isEmpty() ? name : slug) + "/").replaceAll("/{2,}", "/")
                    .toLowerCase(Locale.ROOT));
        }
        Optional<ZonedDateTime> date = date(fm);
        Map<String, String> values = new HashMap<>(date.map(d -> dated(d.toLocalDate(), date))
                .orElse(Map.of()));
        values.put("section", section);
        values.put("sections", within);
        values.put("title", title);
        values.put("slug", slug.isEmpty() ? title : slug);
        values.put("filename", name);
        values.put("contentbasename", name);
        values.put("slugorfilename", slug.isEmpty() ? name : slug);
        values.put("slugorcontentbasename", slug.isEmpty() ? name : slug);
        return expand(pattern, values).map(path -> path.toLowerCase(Locale.ROOT));
    }

    /** The values of a date's placeholders in Jekyll's and Hugo's patterns. */
    private static Map<String, String> dated(LocalDate day, Optional<ZonedDateTime> at) {
        Map<String, String> values = new HashMap<>();
        values.put("year", String.format("%04d", day.getYear()));
        values.put("short_year", String.format("%02d", day.getYear() % 100));
        values.put("month", String.format("%02d", day.getMonthValue()));
        values.put("i_month", String.valueOf(day.getMonthValue()));
        values.put("monthname", day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        values.put("day", String.format("%02d", day.getDayOfMonth()));
        values.put("i_day", String.valueOf(day.getDayOfMonth()));
        values.put("y_day", String.format("%03d", day.getDayOfYear()));
        values.put("yearday", String.valueOf(day.getDayOfYear()));
        values.put("week", String.format("%02d", day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        values.put("short_day", day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        values.put("weekday", String.valueOf(day.getDayOfWeek().getValue() % 7));
        values.put("weekdayname", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
        ZonedDateTime time = at.orElse(day.atStartOfDay(ZoneOffset.UTC));
        values.put("hour", String.format("%02d", time.getHour()));
        values.put("minute", String.format("%02d", time.getMinute()));
        values.put("second", String.format("%02d", time.getSecond()));
        return values;
    }

    /** The pattern with each placeholder filled in; empty when it names one the file has no value for. */
    private static Optional<String> expand(String pattern, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // the longest name that is a placeholder: ":title:output_ext", and ":title" before "-"
            String name = m.group(1);
            while (!values.containsKey(name) && name.contains("_")) {
                name = name.substring(0, name.lastIndexOf('_'));
            }
            if (!values.containsKey(name)) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(values.get(name) + m.group(1).substring(name.length())));
        }
        m.appendTail(out);
        return Optional.of(("/" + out).replaceAll("/{2,}", "/"));
    }

    /**
     * The front matter's date as the old site's URL took it: Jekyll's in the site's zone (Ruby's
     * {@code localtime}), Hugo's at the offset it gives; empty when none or unreadable.
     */
    private Optional<ZonedDateTime> date(Map<String, Object> fm) {
        try {
            if (text(fm, "date").isEmpty()) {
                return Optional.empty();
            }
            ZonedDateTime date = Broadsheet.date(text(fm, "date"), config.zone());
            return Optional.of(source == StaticSiteImport.Source.JEKYLL ? date.withZoneSameInstant(config.zone()) : date);
        } catch (DateTimeException e) {
            return Optional.empty(); // the build reports it at its line
        }
    }

    /** Hugo's urlize: lower case, spaces to '-', and only what a path may hold. */
    private static String urlize(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-").replaceAll("[^\\p{L}\\p{N}\\p{M}._~+-]", "");
    }

    private static String text(Map<String, Object> fm, String key) {
        return fm.get(key) instanceof String text ? text.strip() : "";
    }

    /** A list of names, or Jekyll's text of several words. */
    private static List<String> names(Map<String, Object> fm, String key) {
        Object value = fm.get(key);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value instanceof String text && !text.isBlank() ? List.of(text.strip().split("\\s+")) : List.of();
    }
}
