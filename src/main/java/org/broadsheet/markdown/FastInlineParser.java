package org.broadsheet.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, matching its patterns without copying the paragraph. flexmark asks
 * the matcher for a {@link java.util.regex.MatchResult}, which copies the whole input text one
 * character at a time, for every pattern it matches: once after each closing bracket of a link.
 * The positions the matcher already holds give the same sequences.
 */
final class FastInlineParser extends InlineParserImpl {

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
