/**
 * The third stage's runner: reads the article files in parallel and turns each into a rendered
 * article, splitting and checking its front matter ({@code frontmatter}) and rendering its
 * Markdown ({@code markdown}) into the body store ({@link org.broadsheet.article.ArticleParsing}).
 * A file the build cache knows unchanged is not read at all
 * ({@link org.broadsheet.article.ArticleReading}).
 */
package org.broadsheet.article;
