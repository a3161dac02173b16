package org.broadsheet.model;

/** A name and the slug of its URL: a section, a tag or an author as an article refers to it. */
public record Term(String slug, String name) {
}
