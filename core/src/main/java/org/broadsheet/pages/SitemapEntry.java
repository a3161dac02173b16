package org.broadsheet.pages;

import java.util.List;
import org.broadsheet.model.Alternate;

/** A page in a sitemap: where it is, when it last changed, and its versions in other languages. */
public record SitemapEntry(String loc, String lastmod, List<Alternate> alternates) {
}
