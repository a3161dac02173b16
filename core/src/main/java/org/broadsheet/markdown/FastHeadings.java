package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Finds headings as flexmark's own factory does with its default options, in place of it, in
 * time that grows with the line. flexmark's factory copies the whole paragraph so far for every
 * line that does not start with a letter, even one that cannot be a heading's underline, so a
 * paragraph of 50,000 lines such as {@code [a1]: http://x/1} took minutes; and its expression
 * for a closing {@code ###} backtracks over every run of spaces, so a heading line with 60,000
 * spaces in it took 40 s. Here a line is looked at only when it starts as a heading can
 * ({@code #}, {@code =} or {@code -}); an underline is handed to flexmark's factory, and an
 * {@code #} heading is read by a loop.
 */
final class FastHeadings implements CustomBlockParserFactory {

    /** Turns flexmark's own factory off in {@code options}, for this one to take its place. */
    static void replaceCore(MutableDataSet options) {
        options.set(Parser.HEADING_PARSER, false);
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory core = new HeadingParser.Factory().apply(options);
        return (state, matched) -> tryStart(state, matched, core);
    }

    private static BlockStart tryStart(ParserState state, MatchedBlockParser matched, BlockParserFactory core) {
        BasedSequence line = state.getLine();
        int start = state.getNextNonSpaceIndex();
        char first = start < line.length() ? line.charAt(start) : 0;
        BlockStart heading = first == '#' ? atx(state, line, start)
                : (first == '=' || first == '-') && isUnderline(line, start) ? core.tryStart(state, matched)
                : BlockStart.none();
        if (heading != null) { // BlockStart.none() is null
            BlockCounts.heading(state);
        }
        return heading;
    }

    /** An {@code #} heading, as flexmark reads one: level, text, and the closing {@code #}s if any. */
    private static BlockStart atx(ParserState state, BasedSequence line, int start) {
        if (state.getIndent() >= 4 || state.getActiveBlockParser() instanceof FencedCodeBlockParser) {
            return BlockStart.none();
        }
        BasedSequence rest = line.subSequence(start, line.length());
        int level = run(rest, 0, '#');
        int openingEnd = level + spaces(rest, level);
        if (level > 6 || openingEnd == level && level < rest.length()) {
            return BlockStart.none(); // seven #s, or #s followed by text: a paragraph
        }
        BasedSequence text = rest.subSequence(openingEnd);
        int closing = closingStart(text);
        HeadingParser parser = new HeadingParser(level);
        Heading heading = (Heading) parser.getBlock();
        heading.setOpeningMarker(rest.subSequence(0, openingEnd).trim());
        heading.setText(text.subSequence(0, closing < 0 ? text.length() : closing).trim());
        heading.setClosingMarker(closing < 0 ? null : text.subSequence(closing).trim());
        heading.setCharsFromContent();
        return BlockStart.of(parser).atIndex(line.length());
    }

    /**
     * Where flexmark's expression {@code (^| |\t)[ \t]*#+[ \t]*$} first matches in a heading's
     * text, or -1: the closing {@code #}s with the spaces before them, when a space separates them
     * from the text, or the whole text when it is only {@code #}s and spaces.
     */
    static int closingStart(CharSequence text) {
        int end = text.length();
        while (end > 0 && isSpace(text.charAt(end - 1))) {
            end--;
        }
        int hashes = end;
        while (hashes > 0 && text.charAt(hashes - 1) == '#') {
            hashes--;
        }
        int spaces = hashes;
        while (spaces > 0 && isSpace(text.charAt(spaces - 1))) {
            spaces--;
        }
        return hashes == end || spaces > 0 && spaces == hashes ? -1 : spaces;
    }

    /** Whether the line from {@code start} is a row of {@code =} or of {@code -}, then spaces at most. */
    static boolean isUnderline(CharSequence line, int start) {
        int end = start + run(line, start, line.charAt(start));
        return end + spaces(line, end) == line.length();
    }

    private static int run(CharSequence text, int from, char c) {
        int i = from;
        while (i < text.length() && text.charAt(i) == c) {
            i++;
        }
        return i - from;
    }

    private static int spaces(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    /** In flexmark's order for its heading factory: after quotes, before every other block. */
    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(BlockQuoteParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(FastFences.class, HtmlBlockParser.Factory.class, FastThematicBreaks.class,
                ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
