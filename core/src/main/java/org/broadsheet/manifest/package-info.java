/**
 * What the build cache records of a finished build ({@link org.broadsheet.manifest.BuildRecord}):
 * the files it wrote, the summary the next build reports when nothing changed, and until when
 * its output holds. It sits on top of the pipeline, since it reads what the site model, the
 * planner and the output stage made, and keeps the cache itself free of them.
 */
package org.broadsheet.manifest;
