package org.broadsheet.frontmatter;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article's file name says about it. {@code world/2026-11-27-talks.md} gives the date
 * 2026-11-27 and the slug {@code talks}, as in Jekyll; a bundle {@code world/talks/index.md}
 * takes its slug from its folder.
 */
public record FileName(String stem, Optional<LocalDate> date) {

    private static final Pattern DATED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})-(.+)");

    /** Reads the name of the file at {@code contentPath} ({@code world/2026-11-27-talks.md}). */
    public static FileName of(String contentPath) {
        String[] parts = contentPath.split("/");
        String name = parts[parts.length - 1];
        String stem = name.substring(0, name.lastIndexOf('.'));
        if (stem.equals("index") && parts.length > 1) {
            stem = parts[parts.length - 2];
        }
        Matcher m = DATED.matcher(stem);
        if (m.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                return new FileName(m.group(4), Optional.of(date));
            } catch (DateTimeException e) {
                return new FileName(stem, Optional.empty());
            }
        }
        return new FileName(stem, Optional.empty());
    }
}
