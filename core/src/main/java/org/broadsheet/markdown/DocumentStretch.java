package org.broadsheet.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A node's text read straight from the document's string. flexmark hands text around as
 * sequences that read one character at a time through interface calls; most text of a news
 * body is one unbroken stretch of the document, which a loop over the string reads many times
 * faster.
 */
final class DocumentStretch {

    private DocumentStretch() {
    }

    /**
     * The document's string when {@code text} is one unbroken stretch of it, from
     * {@code text.getStartOffset()} to {@code text.getEndOffset()}; otherwise null.
     */
    static String documentOf(BasedSequence text) {
        return text.getBase() instanceof String document && text.getEndOffset() - text.getStartOffset() == text.length()
                ? document : null;
    }
}
