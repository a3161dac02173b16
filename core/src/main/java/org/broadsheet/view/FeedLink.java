package org.broadsheet.view;

/** A feed a page links in its head. */
public record FeedLink(String title, String url) {
}
