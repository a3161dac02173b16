package org.broadsheet.view;

import java.util.List;

/** An entry of an Atom feed, with absolute links; {@code content} is made when printed. */
public record FeedEntry(String title, String url, String id, String published, String updated,
        List<String> authors, List<String> categories, String summary, Deferred content) implements Shared {
}
