package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.Set;

/**
 * Finds thematic breaks ({@code ***}, {@code - - -}) as flexmark's own factory does, in place of
 * it, with a loop instead of its regular expression: the expression calls itself once for each
 * marker, so a line of {@code - - - …} (a list in a list in a list) tens of thousands of
 * markers long ran out of stack, and its time grew with the square of the line's length.
 */
final class FastThematicBreaks implements CustomBlockParserFactory {

    private static final String MARKERS = "*-_";

    /** Turns flexmark's own factory off in {@code options}, for this one to take its place. */
    static void replaceCore(MutableDataSet options) {
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
    }

    /** A factory for one document: flexmark asks for one each time it parses. */
    @Override
    public BlockParserFactory apply(DataHolder options) {
        boolean relaxedStart = Parser.THEMATIC_BREAK_RELAXED_START.get(options);
        LineEnds ends = new LineEnds();
        return (state, matched) -> tryStart(state, matched, relaxedStart, ends);
    }

    private static BlockStart tryStart(ParserState state, MatchedBlockParser matched, boolean relaxedStart,
            LineEnds ends) {
        if (state.getIndent() >= 4 || matched.getBlockParser().isParagraphParser() && !relaxedStart) {
            return BlockStart.none();
        }
        BasedSequence line = state.getLine();
        if (!ends.isBreak(line, state.getNextNonSpaceIndex())) {
            return BlockStart.none();
        }
        return BlockStart.of(new ThematicBreakParser(line.subSequence(state.getIndex()))).atIndex(line.length());
    }

    /**
     * Where, in the line flexmark is on, the last character is that could not be in a break of
     * each marker. A line such as {@code - - - … x} opens a list at each {@code -} and is asked
     * about again from there: without this, each time it was read to its end.
     */
    static final class LineEnds {
        private CharSequence line;
        private final int[] lastOther = new int[3];

        /**
         * Whether {@code line} from {@code start} to its end is three or more of one of {@code * - _},
         * with spaces or tabs between and after them (flexmark's line has no line end).
         */
        boolean isBreak(CharSequence line, int start) {
            int end = line.length();
            char marker = start < end ? line.charAt(start) : 0;
            int which = MARKERS.indexOf(marker);
            if (which < 0 || lastOther(line, which) > start) {
                return false;
            }
            int markers = 0;
            for (int i = start; i < end && markers < 3; i++) {
                markers += line.charAt(i) == marker ? 1 : 0;
            }
            return markers >= 3;
        }

        private int lastOther(CharSequence line, int which) {
            if (line != this.line) {
                this.line = line;
                Arrays.fill(lastOther, Integer.MIN_VALUE);
            }
            if (lastOther[which] == Integer.MIN_VALUE) {
                char marker = MARKERS.charAt(which);
                int i = line.length() - 1;
                while (i >= 0 && (line.charAt(i) == marker || line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i--;
                }
                lastOther[which] = i;
            }
            return lastOther[which];
        }
    }

    /** In flexmark's order: after the blocks that come first, before lists, which look alike. */
    @Override
    public Set<Class<?>> getAfterDependents() {
        return Set.of(BlockQuoteParser.Factory.class, FastHeadings.class, FastFences.class,
                HtmlBlockParser.Factory.class);
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
        return Set.of(ListBlockParser.Factory.class, IndentedCodeBlockParser.Factory.class);
    }

    @Override
    public boolean affectsGlobalScope() {
        return false;
    }
}
