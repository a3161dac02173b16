package org.broadsheet.markdown;

/**
 * Keeps the rendered HTML of article bodies between the Markdown stage and the pages that show
 * them, so the site model holds only what listings need. Implementations are thread-safe: the
 * build's cache keeps bodies in a file ({@code org.broadsheet.cache.BodyPack}); a site whose
 * cache cannot be written keeps them in memory ({@link MemoryBodyStore}).
 */
public interface BodyStore {

    /** Stores the HTML of the body under {@code key}. */
    void put(String key, String html);

    /** The HTML stored under {@code key}; fails loudly when there is none, which is a bug. */
    String get(String key);

    /** A fingerprint of the HTML stored under {@code key}, so pages know when a body changed. */
    long fingerprint(String key);
}
