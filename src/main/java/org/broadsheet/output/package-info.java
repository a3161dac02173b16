/**
 * The last stage: writes pages and files into a staging folder beside the output folder and,
 * only when the whole build succeeded, swaps it into place ({@link org.broadsheet.output.SiteWriter}).
 * A failed build leaves the previous site exactly as it was; no path can leave the output folder
 * ({@link org.broadsheet.output.OutputPaths}).
 */
package org.broadsheet.output;
