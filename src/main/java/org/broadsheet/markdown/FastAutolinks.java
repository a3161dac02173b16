package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * GitHub's autolinks (www., http://, e-mail addresses) by flexmark's own autolink post-processor,
 * which it runs only on text that could hold a link. The post-processor scans every text node
 * with a link extractor; news prose rarely has a link in it, and the scan cost about a third of
 * the time of rendering a body.
 */
final class FastAutolinks implements Parser.ParserExtension {

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }

    /**
     * Every link the extractor finds has "://", "www." or an '@' in it. Text that is one stretch of
     * the document's string is read there in one pass ({@link DocumentStretch}): reading it
     * through the sequence, once for each of the four, took 8% of the Markdown stage's samples
     * (JFR, 10,000 articles).
     */
    static boolean mayHoldLink(BasedSequence text) {
        String document = DocumentStretch.documentOf(text);
        if (document != null) {
            int end = text.getEndOffset();
            for (int i = text.getStartOffset(); i < end; i++) {
                char c = document.charAt(i);
                if (c == '@' || c == ':' && i + 3 <= end && document.startsWith("//", i + 1)
                        || (c == 'w' || c == 'W') && i + 4 <= end
                        && (document.startsWith("www.", i) || document.startsWith("WWW.", i))) {
                    return true;
                }
            }
            return false;
        }
        return text.indexOf("://") >= 0 || text.indexOf("www.") >= 0 || text.indexOf("WWW.") >= 0 || text.indexOf('@') >= 0;
    }
}
