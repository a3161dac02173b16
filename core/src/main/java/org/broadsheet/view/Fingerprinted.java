package org.broadsheet.view;

/**
 * A value templates receive that is not plain data (a text made only when printed, the texts
 * function {@code t}, a directive): it says what it depends on, so that a page's fingerprint,
 * which is the hash of everything its template receives ({@link ViewHash}), covers it too.
 */
public interface Fingerprinted {

    /** One number that changes whenever what the template would get from this value does. */
    long fingerprint();
}
