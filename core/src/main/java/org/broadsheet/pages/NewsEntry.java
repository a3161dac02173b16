package org.broadsheet.pages;

/** An article in the Google News sitemap. */
public record NewsEntry(String loc, String publication, String language, String published, String title) {
}
