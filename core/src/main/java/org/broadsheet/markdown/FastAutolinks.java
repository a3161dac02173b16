package org.broadsheet.markdown;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;

/**
 * GitHub's autolinks (www., http://, e-mail addresses) by flexmark's own autolink post-processor,
 * which it runs only on text that could hold a link. The post-processor scans every text node
 * with a link extractor; news prose rarely has a link in it, and the scan cost about a third of
 * the time of rendering a body.
 *
 * <p>Each text node is scanned on its own: an entity ({@code &copy;}, {@code &nbsp;},
 * {@code &amp;}) ends the text a link is looked for in. So {@code Zürich&copy;ed@x.org} links
 * {@code ed@x.org}, and {@code ed@x.org&nbsp;now} links {@code ed@x.org}, as GitHub's Markdown
 * (cmark-gfm) does, where an e-mail address is letters, digits and {@code . - _ +} around the
 * {@code @}. Stock flexmark joins a text node with the entities after it before it looks for
 * links, and then links {@code mailto:Zürich©ed@x.org} or {@code mailto:ed@x.org now},
 * addresses no mail program takes, and at times drops or repeats the text around such a link.
 * This is the one way the two differ. A web address with an entity in it is linked up to the
 * entity: write a query string's {@code &} as itself, not as {@code &amp;}.
 */
final class FastAutolinks implements Parser.ParserExtension {

    private static final LinkExtractor ADDRESSES = LinkExtractor.builder()
            .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL)).build();

    private final boolean filtered;

    FastAutolinks() {
        this(true);
    }

    /** @param filtered false to scan every text node, as flexmark does: for the test that the filter changes nothing */
    FastAutolinks(boolean filtered) {
        this.filtered = filtered;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // no options of its own
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory(filtered));
    }

    private static final class Factory extends NodePostProcessorFactory {
        private final boolean filtered;

        Factory(boolean filtered) {
            super(false);
            this.filtered = filtered;
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (!filtered || mayHoldLink(node.getChars())) {
                        if (filtered) {
                            count(document, node.getChars());
                        }
                        alone(node, () -> autolinks.process(state, node));
                    }
                }
            };
        }
    }

    /**
     * Counts the addresses in {@code text} ({@link InlineCounts}) before flexmark makes them links,
     * with an extractor of the kinds flexmark's post-processor looks for.
     */
    private static void count(Document document, BasedSequence text) {
        for (LinkSpan link : ADDRESSES.extractLinks(text)) {
            InlineCounts.count(document, InlineCounts.Kind.ADDRESSES, text, text.getIndexOffset(link.getBeginIndex()));
        }
    }

    /**
     * Runs {@code processing} of {@code node} with the entities right after it taken out of the
     * tree for the while, so that flexmark's post-processor, which would join them to the node,
     * sees the node's own text only; puts them back after what the node became.
     */
    private static void alone(Node node, Runnable processing) {
        List<Node> entities = new ArrayList<>();
        for (Node next = node.getNext(); next instanceof HtmlEntity || next instanceof TypographicText;
                next = next.getNext()) {
            entities.add(next);
        }
        if (entities.isEmpty()) {
            processing.run();
            return;
        }
        Node parent = node.getParent();
        Node follower = entities.get(entities.size() - 1).getNext();
        entities.forEach(Node::unlink);
        processing.run();
        for (Node entity : entities) {
            if (follower != null) {
                follower.insertBefore(entity);
            } else {
                parent.appendChild(entity);
            }
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
