/**
 * The build cache in the site's hidden {@code .broadsheet/} folder: what the last build read
 * (each article's front matter and text measures, its rendered body in a pack file) and what it
 * wrote (each output file's fingerprint and content hash). The next build parses only files
 * that changed, renders only pages whose inputs changed, and rewrites only files whose bytes
 * changed. A cache that is missing, stale or corrupt is detected and rebuilt, never trusted.
 * {@link org.broadsheet.cache.Inputs} fingerprints everything a build reads, so that a build
 * whose inputs match the last one's can find its output already written.
 */
package org.broadsheet.cache;
