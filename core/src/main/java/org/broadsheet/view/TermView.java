package org.broadsheet.view;

/** A tag, author or month with its page and how many articles it has. */
public record TermView(String name, String url, int count) {
}
