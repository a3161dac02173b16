package org.broadsheet.view;

/** A name and where it links: a section, tag, author or archive. */
public record LinkView(String name, String url) {
}
