package org.broadsheet.view;

import java.util.function.Supplier;

/**
 * A text a template shows that is costly to make, such as an article's body: made only when
 * the template prints it ({@link ViewWrapper}), and fingerprinted by what it is made from (the
 * stored body's hash), so that a page whose inputs did not change never reads its body.
 */
public final class Deferred implements Fingerprinted {

    private final long fingerprint;
    private final boolean html;
    private final Supplier<String> text;

    private Deferred(long fingerprint, boolean html, Supplier<String> text) {
        this.fingerprint = fingerprint;
        this.html = html;
        this.text = text;
    }

    /** HTML that templates print as it is, like FreeMarker's markup values. */
    static Deferred html(long fingerprint, Supplier<String> markup) {
        return new Deferred(fingerprint, true, markup);
    }

    /** A plain text, escaped as the template's output format escapes any text. */
    static Deferred text(long fingerprint, Supplier<String> text) {
        return new Deferred(fingerprint, false, text);
    }

    public boolean isHtml() {
        return html;
    }

    /** Makes the text; each call makes it again. */
    public String text() {
        try {
            return text.get();
        } catch (RuntimeException e) {
            throw new Failure(e);
        }
    }

    /**
     * Passes on what went wrong making a text inside a template's failure (a damaged cache):
     * that is no fault of the template's, and must not be reported as one.
     */
    public static void rethrowFailure(Throwable templateFailure) {
        for (Throwable cause = templateFailure; cause != null; cause = cause.getCause()) {
            if (cause instanceof Failure failure) {
                throw (RuntimeException) failure.getCause();
            }
        }
    }

    /** Carries a failure to make a text out through FreeMarker, which wraps it. */
    private static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(RuntimeException cause) {
            super(cause);
        }
    }

    @Override
    public long fingerprint() {
        return fingerprint;
    }
}
