/**
 * The FreeMarker plumbing: {@link org.broadsheet.template.TemplateEngine} finds a template in the
 * site's {@code templates/} or else the theme's and reports its errors at their lines;
 * {@link org.broadsheet.template.ViewWrapper} hands templates the view records without reflection
 * and turns the view's deferred texts, fragments and JSON into what FreeMarker prints
 * ({@code <@cached>}, {@code <@json/>}); {@link org.broadsheet.template.TemplateFingerprints}
 * tells when a template or a template it includes changed.
 */
package org.broadsheet.template;
