/**
 * The last stage: writes pages and files into a staging folder beside the output folder and,
 * only when the whole build succeeded, puts the complete new site in place at once
 * ({@link org.broadsheet.output.SiteWriter}, {@link org.broadsheet.output.SiteCommit},
 * {@link org.broadsheet.output.OutputSwap}), one build at a time
 * ({@link org.broadsheet.output.OutputLock}). The complete new site is the site before the
 * current one, kept beside it and brought up to date with only what changed
 * ({@link org.broadsheet.output.SpareSite}, {@link org.broadsheet.output.SpareUpdate}), so that a
 * small change costs little however large the site. A failed build leaves the previous
 * site exactly as it was, a killed one is finished by the next; no path can leave the output
 * folder ({@link org.broadsheet.output.OutputPaths}).
 */
package org.broadsheet.output;
