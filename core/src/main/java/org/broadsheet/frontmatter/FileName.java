package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's file name says about it. {@code world/2026-11-27-talks.md} gives the date
 * 2026-11-27 and the stem {@code talks}, as in Jekyll; a bundle {@code world/talks/index.md}
 * takes its stem from its folder; {@code talks.es.md} or {@code talks/index.es.md} end in a
 * language suffix ({@code es}), which the site model takes for the language when the site has
 * one by that name.
 *
 * @param stem     the name without extension, date and suffix
 * @param date     the date the name starts with, if it does
 * @param language the language suffix, or "" when there is none
 */
public record FileName(String stem, Optional<LocalDate> date, String language) {

    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");
    private static final Pattern SUFFIXED = Pattern.compile("(.+)\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)");

    /** Reads the name of the file at {@code contentPath} ({@code world/2026-11-27-talks.md}). */
    public static FileName of(String contentPath) {
        String[] parts = contentPath.split("/");
        String name = parts[parts.length - 1];
        String base = name.substring(0, name.lastIndexOf('.'));
        String language = "";
        Matcher suffixed = SUFFIXED.matcher(base);
        if (suffixed.matches()) {
            base = suffixed.group(1);
            language = suffixed.group(2);
        }
        String stem = base.equals("index") && parts.length > 1 ? parts[parts.length - 2] : base;
        Matcher m = DATED.matcher(stem);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new FileName(m.group(4), Optional.of(date), language);
            } catch (DateTimeException e) {
                return new FileName(stem, Optional.empty(), language);
            }
        }
        return new FileName(stem, Optional.empty(), language);
    }

    /**
     * The date a name starts with that is no day of the calendar ({@code 2025-02-30-story}):
     * such a name keeps it in its stem and has no date.
     */
    public Optional<String> impossibleDate() {
        Matcher m = DATED.matcher(stem);
        return date.isEmpty() && m.matches() ? Optional.of(m.group(1) + "-" + m.group(2) + "-" + m.group(3)) : Optional.empty();
    }

    /** The stem with the suffix put back, for a site that has no language by that name. */
    public String stemWithSuffix() {
        return language.isEmpty() ? stem : stem + "." + language;
    }
}
