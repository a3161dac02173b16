package org.broadsheet.importing.wordpress;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Turns the HTML WordPress stores for a post into Markdown: block-editor comments go, the common
 * shortcodes become what they show, paragraphs WordPress would add on display (its "autop") are
 * added, and flexmark's converter writes the rest. What Markdown cannot say (embeds, audio,
 * video) stays as HTML. Thread-safe.
 */
public final class WordPressHtml {

    /**
     * A post's body in Markdown, the text before {@code <!--more-->} (empty without one), the
     * shortcodes set aside as HTML comments, and bracketed words that may be shortcodes, left as text.
     */
    public record Converted(String markdown, String beforeMore, List<String> unknownShortcodes, List<String> maybeShortcodes) {
        public Converted {
            unknownShortcodes = List.copyOf(unknownShortcodes);
            maybeShortcodes = List.copyOf(maybeShortcodes);
        }
    }

    private static final Pattern BLOCK_COMMENT = Pattern.compile("<!--\\s*/?wp:[^>]*?-->");
    private static final Pattern MORE = Pattern.compile("<!--more(.*?)-->");
    private static final Pattern CAPTION = Pattern.compile("\\[caption[^\\]]*\\](.*?)\\[/caption\\]", Pattern.DOTALL);
    private static final Pattern CAPTION_IMAGE = Pattern.compile("^\\s*((?:<a[^>]*>)?<img[^>]*>(?:</a>)?)(.*)$", Pattern.DOTALL);
    private static final Pattern EMBED = Pattern.compile("\\[embed[^\\]]*\\](.*?)\\[/embed\\]", Pattern.DOTALL);
    private static final Pattern MEDIA = Pattern.compile("\\[(audio|video)([^\\]]*)\\](?:\\s*\\[/\\1\\])?");
    private static final Pattern GALLERY = Pattern.compile("\\[gallery([^\\]]*)\\]");
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern RAW = Pattern.compile("<iframe\\b.*?</iframe>|<(audio|video)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern BLOCK_TAG = Pattern.compile("^\\s*</?(p|div|h[1-6]|ul|ol|li|blockquote|pre|table|figure|hr|"
            + "iframe|audio|video|dl|form|section|address)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("BSRAWHTML(\\d+)X");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");
    private static final Pattern PRE = Pattern.compile("<pre\\b.*?</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern PRE_PLACEHOLDER = Pattern.compile("BSPRE(\\d+)X");

    private final FlexmarkHtmlConverter converter = FlexmarkHtmlConverter.builder(new MutableDataSet()
            .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)
            // The converter's defaults write curly quotes, dashes and ellipses back as the ASCII a
            // typographic Markdown extension would turn into them; Broadsheet's renderer has none,
            // so they would be published as "no" -- twice... Keep the characters the author wrote.
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_QUOTES, false)
            .set(FlexmarkHtmlConverter.TYPOGRAPHIC_SMARTS, false)
            .set(FlexmarkHtmlConverter.NBSP_TEXT, "\u00A0")
            // {#id} after a heading needs an attributes extension Broadsheet's Markdown does not
            // have (it would be published as text); headings get their own id from their text.
            .set(FlexmarkHtmlConverter.OUTPUT_ATTRIBUTES_ID, false)
            // Its default writes a <br /> for each blank line it sees between blocks, as after a <pre>.
            .set(FlexmarkHtmlConverter.BR_AS_EXTRA_BLANK_LINES, false)).build();

    /**
     * Converts one post's content.
     *
     * @param attachments the export's attachments by id, for {@code [gallery ids="..."]}
     */
    public Converted convert(String html, Map<String, Wxr.Attachment> attachments) {
        boolean blocks = BLOCK_COMMENT.matcher(html).find();
        String text = BLOCK_COMMENT.matcher(html).replaceAll("");
        Matcher more = MORE.matcher(text);
        String beforeMore = "";
        if (more.find()) {
            List<String> unused = new ArrayList<>();
            String opening = new UnknownShortcodes().setAside(shortcodes(text.substring(0, more.start()), attachments, unused),
                    unused);
            opening = PLACEHOLDER.matcher(opening).replaceAll(""); // the summary is text: no embeds, no comments
            beforeMore = Jsoup.parse(autop(opening)).text().strip();
            text = more.replaceAll("");
        }
        List<String> raw = new ArrayList<>();
        text = shortcodes(text, attachments, raw);
        UnknownShortcodes unknown = new UnknownShortcodes();
        text = unknown.setAside(text, raw);
        // WordPress adds paragraphs on display only to classic-editor content: block content has its own
        // leading blank lines only: a body that opens with indented code keeps its first line's indent
        String markdown = LEADING_BLANK_LINES.matcher(converter.convert(BlockMarkup.reshape(blocks ? text : autop(text))))
                .replaceFirst("").stripTrailing();
        markdown = PLACEHOLDER.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(raw.get(Integer.parseInt(m.group(1)))));
        return new Converted(markdown + "\n", beforeMore, unknown.hidden(), unknown.maybe());
    }

    /** Known shortcodes to HTML; HTML that Markdown cannot say is set aside in {@code raw}, a placeholder paragraph left. */
    private static String shortcodes(String html, Map<String, Wxr.Attachment> attachments, List<String> raw) {
        String text = CAPTION.matcher(html).replaceAll(m -> Matcher.quoteReplacement(caption(m.group(1))));
        text = EMBED.matcher(text).replaceAll(m -> {
            String url = m.group(1).strip();
            return Matcher.quoteReplacement("<p><a href=\"" + url + "\">" + url + "</a></p>");
        });
        text = GALLERY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(gallery(attributes(m.group(1)), attachments)));
        text = MEDIA.matcher(text).replaceAll(m -> {
            Map<String, String> a = attributes(m.group(2));
            String src = a.getOrDefault("src", a.getOrDefault("mp3", a.getOrDefault("mp4", "")));
            return Matcher.quoteReplacement("<" + m.group(1) + " controls src=\"" + src + "\"></" + m.group(1) + ">");
        });
        return RAW.matcher(text).replaceAll(m -> {
            raw.add(m.group());
            return "\n\n<p>BSRAWHTML" + (raw.size() - 1) + "X</p>\n\n";
        });
    }

    /** {@code [caption]<img> The caption[/caption]}: the image, then its caption as an emphasised line. */
    private static String caption(String inner) {
        Matcher m = CAPTION_IMAGE.matcher(inner);
        if (!m.matches()) {
            return inner;
        }
        String words = m.group(2).strip();
        return "\n\n<p>" + m.group(1) + "</p>\n\n" + (words.isEmpty() ? "" : "<p><em>" + words + "</em></p>\n\n");
    }

    private static String gallery(Map<String, String> attributes, Map<String, Wxr.Attachment> attachments) {
        StringBuilder s = new StringBuilder("\n\n<p>");
        for (String id : attributes.getOrDefault("ids", "").split(",")) {
            Wxr.Attachment image = attachments.get(id.strip());
            if (image != null) {
                s.append("<img src=\"").append(image.url()).append("\" alt=\"").append(Entities.escape(image.alt())).append("\"> ");
            }
        }
        return s.append("</p>\n\n").toString();
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    /**
     * WordPress's "autop", as it runs on display: text separated by a blank line is a paragraph,
     * and a single line break inside one is a {@code <br>}. Blocks that start with a block tag
     * are left as they are, and a {@code <pre>} is a block of its own whose blank lines and line
     * breaks are kept, as WordPress sets its contents aside before it adds paragraphs.
     */
    static String autop(String html) {
        List<String> pres = new ArrayList<>();
        String text = PRE.matcher(html.replace("\r\n", "\n")).replaceAll(m -> {
            pres.add(m.group());
            return "\n\nBSPRE" + (pres.size() - 1) + "X\n\n";
        });
        StringBuilder out = new StringBuilder();
        for (String block : text.split("\n\\s*\n")) {
            String b = block.strip();
            Matcher pre = PRE_PLACEHOLDER.matcher(b);
            if (b.isEmpty()) {
                continue;
            }
            if (pre.matches()) {
                out.append(pres.get(Integer.parseInt(pre.group(1))));
            } else if (BLOCK_TAG.matcher(b).find()) {
                out.append(b);
            } else {
                out.append("<p>").append(b.replace("\n", "<br>")).append("</p>");
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
