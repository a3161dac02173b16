package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.markdown.InlineCounts.Kind;

/**
 * flexmark's inline parser, matching its patterns without copying the paragraph. flexmark asks
 * the matcher for a {@link java.util.regex.MatchResult}, which copies the whole input text one
 * character at a time, for every pattern it matches: once after each closing bracket of a link.
 * The positions the matcher already holds give the same sequences.
 *
 * <p>It also limits the parentheses nested in a link's destination, as CommonMark allows: each
 * {@code ](} of {@code [a]([a]([a](…} made flexmark scan to the paragraph's end, so 100 KB of
 * them took 9 s to parse, and an 8 MB file hours.
 */
final class FastInlineParser extends InlineParserImpl {

    /** The characters a backslash escapes: ASCII punctuation. */
    private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-";

    /** CommonMark asks for at least three levels; cmark allows 32. */
    private static final int MAX_NESTED_PARENTHESES = 32;

    private FastInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /**
     * Makes {@code builder} parse inlines with this parser. A parser factory of one's own turns off
     * flexmark's core paragraph pre-processor, which reads link reference definitions
     * ({@code [id]: /url}), so this adds it back.
     */
    static Parser.Builder install(Parser.Builder builder) {
        InlineParserFactory factory = FastInlineParser::new;
        return builder.customInlineParserFactory(factory).paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    /** Counts one of {@code kind} ({@link InlineCounts}) at {@code at} of the text being parsed. */
    private void count(Kind kind, int at) {
        InlineCounts.count(document, kind, input, input.getIndexOffset(at));
    }

    /** Counts the bracket before flexmark reads it. */
    @Override
    protected boolean parseOpenBracket() {
        count(Kind.BRACKETS, index);
        return super.parseOpenBracket();
    }

    /** Counts an image's bracket, {@code ![}, before flexmark reads it. */
    @Override
    protected boolean parseBang() {
        if (index + 1 < input.length() && input.charAt(index + 1) == '[') {
            count(Kind.BRACKETS, index);
        }
        return super.parseBang();
    }

    /** Counts a closing bracket that closes nothing before flexmark reads it. */
    @Override
    protected boolean parseCloseBracket() {
        if (getLastBracket() == null) {
            count(Kind.BRACKETS, index);
        }
        return super.parseCloseBracket();
    }

    /** Counts a run of emphasis marks ({@code *}, {@code _}, {@code ~}) before flexmark reads it. */
    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiter) {
        count(Kind.EMPHASIS_MARKS, index);
        return super.parseDelimiters(processor, delimiter);
    }

    /** Counts a backslash before flexmark reads it. */
    @Override
    protected boolean parseBackslash() {
        count(Kind.BACKSLASHES, index);
        return super.parseBackslash();
    }

    /** Counts a character reference ({@code &amp;}) flexmark finds. */
    @Override
    public boolean parseEntity() {
        int at = index;
        boolean found = super.parseEntity();
        if (found) {
            count(Kind.ENTITIES, at);
        }
        return found;
    }

    /** Counts a {@code <} that is no autolink before flexmark looks for an HTML tag at it. */
    @Override
    public boolean parseHtmlInline() {
        count(Kind.ANGLE_BRACKETS, index);
        return super.parseHtmlInline();
    }

    /** Counts each link reference definition ({@code [label]: url}) flexmark finds. */
    @Override
    protected int parseReference(Block block, BasedSequence s) {
        int consumed = super.parseReference(block, s);
        if (consumed > 0) {
            InlineCounts.count(block.getDocument(), Kind.DEFINITIONS, s, s.getStartOffset());
        }
        return consumed;
    }

    /** No destination (the bracket stays text) when its parentheses nest deeper than the limit. */
    @Override
    public BasedSequence parseLinkDestination() {
        if (index < input.length() && input.charAt(index) != '<') {
            int depth = 0;
            for (int i = index; i < input.length(); i++) {
                char c = input.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(' && ++depth > MAX_NESTED_PARENTHESES) {
                    return null;
                } else if (c == ')' && --depth < 0 || c <= ' ') {
                    break; // the end of the destination: flexmark's own scan takes over
                }
            }
        }
        return super.parseLinkDestination();
    }

    /**
     * A link's title, {@code "…"}, {@code '…'} or {@code (…)}, as flexmark's expression finds it,
     * read by a loop: the expression calls itself once for each character of the title, so a
     * quote left open before a few hundred kilobytes of text ran out of stack. The title ends
     * at the first closing mark not escaped by a backslash; without one, where the expression's
     * backtracking ends it, at the last escaped one.
     */
    @Override
    public BasedSequence parseLinkTitle() {
        char open = index < input.length() ? input.charAt(index) : 0;
        if (open != '"' && open != '\'' && open != '(') {
            return null;
        }
        char close = open == '(' ? ')' : open;
        int end = -1;
        for (int i = index + 1; i < input.length() && input.charAt(i) != 0; i++) {
            char c = input.charAt(i);
            if (c == close) {
                end = i;
                break;
            }
            if (c == '\\' && i + 1 < input.length() && ESCAPABLE.indexOf(input.charAt(i + 1)) >= 0) {
                end = input.charAt(++i) == close ? i : end;
            }
        }
        if (end < 0) {
            return null;
        }
        BasedSequence title = input.subSequence(index, end + 1);
        index = end + 1;
        return title;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = matcher(re); // advances the index past the match
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = matcher(re); // advances the index past the match
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }
}
