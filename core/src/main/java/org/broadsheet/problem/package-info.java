/**
 * Problems a build finds in its input: where each one is ({@link org.broadsheet.problem.SourcePosition}),
 * what it is ({@link org.broadsheet.problem.Problem}), and the collector every stage reports to
 * ({@link org.broadsheet.problem.Problems}). A build collects all problems of a stage before it
 * stops, so an author can fix every file in one pass.
 */
package org.broadsheet.problem;
