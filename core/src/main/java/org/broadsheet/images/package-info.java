/**
 * Stage: responsive images. Each raster image of {@code content/} written in the configured
 * widths ({@code photo-800w.jpg}), turned as its EXIF orientation says and without its
 * metadata, in parallel; the files are kept in the build cache, keyed by the source's bytes and
 * the settings, so that a later build reuses them.
 */
package org.broadsheet.images;
