package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Finds code fences with flexmark's own factory, in its place, but hands it only the lines that
 * start with {@code ```} or {@code ~~~}. Its expression for an opening fence, anchored at the
 * start but looked for with {@code find()}, is tried at every position of the rest of the line,
 * for every block the line opens: {@code - - - … x} on one 8 MB line (fifty lists, one inside
 * the other, before the nesting limit stops it) took 5 s in it alone. And for each length of
 * the opening run it looks at the whole rest of the line for the fence's character, so a line of
 * 4 million tildes (deep strikethrough) took minutes: a run followed, anywhere on the line, by
 * its own character is no fence, and is not handed on.
 */
final class FastFences implements CustomBlockParserFactory {

    /** Turns flexmark's own factory off in {@code options}, for this one to take its place. */
    static void replaceCore(MutableDataSet options) {
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory core = new FencedCodeBlockParser.Factory().apply(options);
        return (state, matched) -> opensFence(state) ? core.tryStart(state, matched) : BlockStart.none();
    }

    /**
     * Whether the line goes on with three backticks or three tildes, as every fence starts, and
     * the rest of the line after that run has no backtick or tilde (the run's own) in it, as
     * flexmark's expression {@code ^`{3,}(?!.*`)|^~{3,}(?!.*~)} requires.
     */
    private static boolean opensFence(ParserState state) {
        BasedSequence line = state.getLine();
        int at = state.getNextNonSpaceIndex();
        char c = at + 2 < line.length() ? line.charAt(at) : 0;
        if (c != '`' && c != '~' || line.charAt(at + 1) != c || line.charAt(at + 2) != c) {
            return false;
        }
        int i = at + 3;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        while (i < line.length() && line.charAt(i) != c) {
            i++;
        }
        return i == line.length();
    }

    /** In flexmark's order for its fence factory. */
    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(BlockQuoteParser.Factory.class, FastHeadings.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(HtmlBlockParser.Factory.class, FastThematicBreaks.class, ListBlockParser.Factory.class,
                IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
