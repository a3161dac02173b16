package org.broadsheet.view;

import java.util.function.Supplier;

/**
 * The fragments of one language's pages that templates render once per build and key, with
 * {@code <@cached key="…">} (org.broadsheet.template.CachedDirective), held while memory allows.
 * Templates receive it as {@code cached}. Thread-safe.
 */
public final class Fragments implements Fingerprinted {

    private final SoftCache<String, byte[]> rendered = new SoftCache<>();

    /** The fragment kept under {@code key}, or the one {@code render} makes, which is then kept. */
    public byte[] get(String key, Supplier<byte[]> render) {
        return rendered.get(key, render);
    }

    /** Nothing of its own: what a fragment shows comes from the template and the page's data, both hashed. */
    @Override
    public long fingerprint() {
        return 0;
    }
}
