package org.broadsheet.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.frontmatter.FrontMatter;

/**
 * Template code of another generator left in a body: Jekyll's Liquid ({@code {% link x.md %}},
 * {@code {{ site.url }}}) or a Hugo shortcode ({@code {{< youtube id >}}}, {@code {{% note %}}}).
 * Broadsheet does not run it, so it would be published as text; the build warns at its line.
 * What is inside code (a fenced or indented block, a {@code `span`}, {@code <pre>} or
 * {@code <code>}) is what an author shows, not runs, and is left alone. The title and summary of
 * the front matter are looked at too: they show on every listing, feed and search result.
 *
 * @param code the code as written, cut to a readable length
 * @param line its line in the article's file
 */
public record TemplateCode(String code, int line) {

    /** Liquid's raw block first: one piece of code, whose contents are text that Liquid prints, not code. */
    private static final Pattern CODE = Pattern.compile("\\{%-?\\s*raw\\s*-?%}.*?\\{%-?\\s*endraw\\s*-?%}"
            + "|\\{\\{[<%].*?[>%]}}|\\{%.*?%}|\\{\\{.*?}}", Pattern.DOTALL);
    /** Code spans, which a paragraph's line breaks do not end. */
    private static final Pattern SPANS = Pattern.compile("(`+).*?\\1|<code\\b.*?</code>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```|~~~).*");
    private static final int SHOWN = 60;

    /** What kind of code it is, for messages: a Hugo shortcode or Liquid. */
    public String kind() {
        return code.startsWith("{{<") || code.startsWith("{{%") ? "Hugo shortcode" : "Liquid";
    }

    /** The template code in an article's title and summary, and then in its body. */
    public static List<TemplateCode> in(FrontMatter frontMatter, String body, int firstLine) {
        List<TemplateCode> found = new ArrayList<>(in(frontMatter.title(), frontMatter.lineOf("title")));
        found.addAll(in(frontMatter.summary(), frontMatter.lineOf(frontMatter.lines().containsKey("summary")
                ? "summary" : "description")));
        found.addAll(in(body, firstLine));
        return found;
    }

    /** The template code in {@code body}, whose first line is line {@code firstLine} of its file. */
    public static List<TemplateCode> in(String body, int firstLine) {
        if (!body.contains("{%") && !body.contains("{{")) {
            return List.of(); // nearly every body: no scan
        }
        List<TemplateCode> found = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        String fence = null;
        boolean inPre = false;
        boolean blankBefore = true;
        int paragraph = -1; // the first line of the text being gathered, whose code spans may run over lines
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceLine = FENCE.matcher(line);
            boolean text = false;
            if (fence != null) {
                fence = fenceLine.matches() && line.strip().startsWith(fence) ? null : fence;
            } else if (fenceLine.matches()) {
                fence = fenceLine.group(1);
            } else if (inPre || line.toLowerCase(Locale.ROOT).contains("<pre")) {
                inPre = !line.toLowerCase(Locale.ROOT).contains("</pre>");
            } else {
                text = !line.isBlank() && !(blankBefore && (line.startsWith("    ") || line.startsWith("\t")));
            }
            if (!text && paragraph >= 0) {
                scan(lines, paragraph, i, firstLine, found);
                paragraph = -1;
            } else if (text && paragraph < 0) {
                paragraph = i;
            }
            boolean indentedCode = blankBefore && (line.startsWith("    ") || line.startsWith("\t"));
            blankBefore = line.isBlank() || indentedCode;
        }
        if (paragraph >= 0) {
            scan(lines, paragraph, lines.length, firstLine, found);
        }
        return found;
    }

    /** The template code in lines {@code from} to {@code to} (exclusive), one text, outside its code spans. */
    private static void scan(String[] lines, int from, int to, int firstLine, List<TemplateCode> found) {
        String text = String.join("\n", Arrays.asList(lines).subList(from, to));
        StringBuilder outside = new StringBuilder(text);
        Matcher span = SPANS.matcher(text);
        while (span.find()) { // blanked, newlines kept, so that offsets still tell the line
            for (int k = span.start(); k < span.end(); k++) {
                if (outside.charAt(k) != '\n') {
                    outside.setCharAt(k, ' ');
                }
            }
        }
        Matcher m = CODE.matcher(outside);
        while (m.find()) {
            String code = m.group();
            int line = from + (int) outside.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.add(new TemplateCode(code.length() > SHOWN ? code.substring(0, SHOWN) + "…" : code, firstLine + line));
        }
    }
}
