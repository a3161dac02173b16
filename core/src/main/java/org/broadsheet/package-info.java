/**
 * Broadsheet's facade: {@link org.broadsheet.Broadsheet} runs the build pipeline one stage after
 * another for a {@link org.broadsheet.BuildRequest}, tells a {@link org.broadsheet.BuildProgress}
 * how it advances and returns a {@link org.broadsheet.BuildResult}; for the dev server it also
 * hands out an {@link org.broadsheet.EditPreview}. This package holds nothing else.
 *
 * <p>The stages live in packages named after what they produce, in the order a build runs
 * them: source, frontmatter, markdown (run over every article file by article), model (the site,
 * with every page's path: {@code SitePaths}, {@code OutputClaims}), pages (which pages there are),
 * view (what each page's template receives), template (FreeMarker), output (the staged and
 * swapped output folder) and render (pages rendered, each only when the hash of what its template
 * receives changed). Below them are shared packages: problem (what stages report), json and hash
 * (plain data and its hashes), run (parallel work, stage times), source (how the site folder's
 * files are read), yaml, config, authors and comments (settings, profiles, replies) and cache
 * (what a build keeps for the next one). On top of the stages, manifest records a
 * finished build for the cache and preview renders a few pages again from a kept build. Services
 * use the pipeline through this facade and have packages of their own: cli (the command line),
 * scaffold, serve, check, and for reader replies intake and moderation. {@code ArchitectureTest}
 * checks that each package uses only those below it.
 */
package org.broadsheet;
