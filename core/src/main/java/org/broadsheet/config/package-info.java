/**
 * The site's settings from {@code broadsheet.yml}: title, base URL, language, time zone,
 * pagination, the permalink pattern, the reply endpoint and Markdown options, checked and
 * typed by {@link org.broadsheet.config.SiteConfigLoader}. Keys Broadsheet does not know are
 * kept for templates.
 */
package org.broadsheet.config;
