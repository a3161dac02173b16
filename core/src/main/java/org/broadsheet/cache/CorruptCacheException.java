package org.broadsheet.cache;

/**
 * The cache turned out damaged in the middle of a build (a body that does not match its
 * fingerprint). The build is then run again without the cache.
 */
public final class CorruptCacheException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CorruptCacheException(String message) {
        super(message);
    }
}
