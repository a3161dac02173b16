package org.broadsheet.config;

/**
 * Who publishes the site, for search engines and social networks: {@code publisher:} in
 * {@code broadsheet.yml}.
 *
 * @param name    the organisation's name (default: the site's title)
 * @param logo    its logo: a URL or a site path, or empty
 * @param twitter its account on X/Twitter ({@code @gazette}), or empty
 */
public record Publisher(String name, String logo, String twitter) {
}
