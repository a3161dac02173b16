package org.broadsheet.model;

import java.util.List;
import java.util.Optional;

/**
 * Where an article leads readers on: related articles, and the previous (older) and next
 * (newer) article of its section.
 */
public record Relations(List<Article> related, Optional<Article> previous, Optional<Article> next) {

    public static final Relations NONE = new Relations(List.of(), Optional.empty(), Optional.empty());

    public Relations {
        related = List.copyOf(related);
    }
}
