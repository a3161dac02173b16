package org.broadsheet.view;

import java.util.List;

/** The front page: its lead story, the latest after it, and a block per section. */
public record FrontView(ArticleView lead, List<ArticleView> latest, List<SectionBlock> sections) {
}
