/**
 * Author profiles: one YAML file per author in the site folder's {@code authors/} folder
 * ({@code authors/elena-castillo.yml}, named by the slug of the byline), with the author's name,
 * role, photo, short biography and links, which the author's page shows
 * ({@link org.broadsheet.authors.AuthorProfileLoader}).
 */
package org.broadsheet.authors;
