package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteBlockParser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;

/**
 * Stops parsing a body whose lists, quotes and footnotes nest too deeply. flexmark looks at every open
 * container again for each line, and skips each one's indentation with a scan from the line's
 * start, so a list nested 1,000 levels deep (each level indented two more spaces) took 9 s and
 * 2,800 levels 214 s, and {@code 1. 1. 1. …} on one line longer still, before running out of stack.
 * No reader follows a list 50 levels deep; the limit keeps the work per line small.
 *
 * <p>flexmark asks this factory first, before a quote's or a list's own, whenever a line may open
 * a block inside the innermost open one: that is the only way nesting grows.
 */
final class NestingLimit implements CustomBlockParserFactory {

    /** How many lists and quotes a body may nest inside each other. */
    static final int MAX_DEPTH = 50;

    @Override
    public BlockParserFactory apply(DataHolder options) {
        return NestingLimit::check;
    }

    /**
     * Never starts a block; throws when the line opens a list item or quote inside as many as the
     * limit, or opens one list item or footnote more than a body may have ({@link BlockCounts},
     * {@link InlineCounts}).
     */
    private static BlockStart check(ParserState state, MatchedBlockParser matched) {
        if (opensListItem(state)) {
            BlockCounts.listItem(state);
        } else if (opensFootnote(state)) {
            InlineCounts.count(state.getProperties(), InlineCounts.Kind.FOOTNOTES, state.getLineNumber() + 1);
        }
        List<BlockParser> open = state.getActiveBlockParsers();
        if (open.size() > MAX_DEPTH && opensContainer(state) && depth(open, matched.getBlockParser()) >= MAX_DEPTH) {
            throw new TooDeeplyNestedException(state.getLineNumber() + 1, MAX_DEPTH);
        }
        return BlockStart.none();
    }

    /**
     * Whether the line goes on, from where flexmark is, with a quote's {@code >}, a footnote's
     * {@code [^}, or a list item's marker ({@code -}, {@code +}, {@code *}, {@code 1.} or
     * {@code 1)} then a space or the end).
     * A line like {@code * * *}, a thematic break, counts too: at the limit, that is near enough.
     */
    private static boolean opensContainer(ParserState state) {
        if (state.getIndent() >= 4) {
            return false; // code
        }
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char first = at < line.length() ? line.charAt(at) : 0;
        return first == '>' || first == '[' && at + 1 < line.length() && line.charAt(at + 1) == '^'
                || opensListItem(state); // a quote, or a footnote, whose text may hold more blocks
    }

    /** Whether the line goes on with a footnote, {@code [^label]:}, as flexmark's footnote parser finds it. */
    private static boolean opensFootnote(ParserState state) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        return state.getIndent() < 4 && at + 1 < line.length() && line.charAt(at) == '[' && line.charAt(at + 1) == '^'
                && line.indexOf("]:", at + 2) >= 0;
    }

    /** Whether the line goes on with a list item's marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}). */
    private static boolean opensListItem(ParserState state) {
        if (state.getIndent() >= 4) {
            return false; // code
        }
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char first = at < line.length() ? line.charAt(at) : 0;
        int end = at; // past an ordered item's number, at most nine digits
        while (end < line.length() && end - at < 9 && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
            end++;
        }
        boolean marker = end > at ? end < line.length() && (line.charAt(end) == '.' || line.charAt(end) == ')')
                : first == '-' || first == '+' || first == '*';
        return marker && (end + 1 >= line.length() || line.charAt(end + 1) == ' ' || line.charAt(end + 1) == '\t');
    }

    /**
     * The open containers that nest, from the document down to {@code innermost}, the one this
     * line is in (those below it close when this line opens a block), not counting the document,
     * or a list beside its items.
     */
    private static int depth(List<BlockParser> open, BlockParser innermost) {
        int depth = 0;
        for (BlockParser parser : open) {
            if (parser.isContainer() && !(parser.getBlock() instanceof Document || parser.getBlock() instanceof ListBlock)) {
                depth++;
            }
            if (parser == innermost) {
                break;
            }
        }
        return depth;
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
        return null;
    }

    /** Before the factories that open containers, so that it sees every one about to be opened. */
    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(BlockQuoteParser.Factory.class, ListBlockParser.Factory.class, FootnoteBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
