/**
 * The last stage: writes pages and files into a staging folder beside the output folder and,
 * only when the whole build succeeded, puts the complete new site in place at once
 * ({@link org.broadsheet.output.SiteWriter}, {@link org.broadsheet.output.OutputSwap}), one
 * build at a time ({@link org.broadsheet.output.OutputLock}). A failed build leaves the previous
 * site exactly as it was, a killed one is finished by the next; no path can leave the output
 * folder ({@link org.broadsheet.output.OutputPaths}).
 */
package org.broadsheet.output;
