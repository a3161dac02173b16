package org.broadsheet.view;

/** One of the site's languages, with its front page. */
public record LanguageView(String code, String name, String url, String dir) {
}
