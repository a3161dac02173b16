/**
 * How a build's work runs, for every stage and service: in parallel on a pool as wide as the
 * machine that is left only once all its tasks have ended ({@link org.broadsheet.run.Parallel}),
 * and timed stage by stage for the progress listener and {@code --verbose}
 * ({@link org.broadsheet.run.StageClock}).
 */
package org.broadsheet.run;
