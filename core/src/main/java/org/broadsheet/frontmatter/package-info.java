/**
 * The second stage: splits each article into its front matter and its body, and checks the
 * front matter into a typed {@link org.broadsheet.frontmatter.FrontMatter}
 * ({@link org.broadsheet.frontmatter.FrontMatterParser}). Front matter is YAML, or, as Hugo and
 * Jekyll accept it, TOML or JSON, after blank lines or not
 * ({@link org.broadsheet.frontmatter.FrontMatterBlock}, {@link org.broadsheet.frontmatter.TomlFrontMatter}). Dates are read here, in the site's
 * time zone ({@link org.broadsheet.frontmatter.DateParser}); so are the date and slug that
 * Jekyll-style file names carry ({@link org.broadsheet.frontmatter.FileName}), and when an
 * article goes live, waits as a draft or expires ({@link org.broadsheet.frontmatter.PublicationReader}).
 * Keys that are slips for a known key are errors ({@link org.broadsheet.frontmatter.FrontMatterKeys}).
 */
package org.broadsheet.frontmatter;
