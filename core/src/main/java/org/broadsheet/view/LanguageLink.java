package org.broadsheet.view;

/** One entry of the language selector: where this page is in that language, or its front page. */
public record LanguageLink(String code, String name, String url, boolean current, boolean translated) {
}
