package org.broadsheet.view;

import java.util.List;

/** A section on the front page, with its newest articles. */
public record SectionBlock(LinkView section, List<ArticleView> articles) {
}
