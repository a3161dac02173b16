package org.broadsheet.view;

/**
 * A view made once and shown on many pages (an article's card, a feed entry, the site): its
 * hash is computed once and remembered while the view lives ({@link ViewHash}). Leaving the
 * mark off a view costs time, never correctness.
 */
public interface Shared {
}
