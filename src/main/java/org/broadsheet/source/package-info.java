/**
 * The first stage: finds every file under {@code content/} in sorted order
 * ({@link org.broadsheet.source.ContentLoader}), tells articles from the files beside them,
 * and decodes text strictly as UTF-8 ({@link org.broadsheet.source.SourceText}).
 */
package org.broadsheet.source;
