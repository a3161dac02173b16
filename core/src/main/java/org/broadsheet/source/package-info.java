/**
 * The first stage: finds every file under {@code content/} in sorted order
 * ({@link org.broadsheet.source.ContentLoader}), tells articles from the files beside them,
 * and decodes text strictly as UTF-8 ({@link org.broadsheet.source.SourceText}). Every folder of
 * the site folder that is read as a whole tree is listed by {@link org.broadsheet.source.FileTree},
 * with the same rules for hidden files and symbolic links.
 */
package org.broadsheet.source;
