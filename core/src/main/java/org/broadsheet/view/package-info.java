/**
 * The sixth stage: the view model, the plain, read-only records templates receive (documented in
 * docs/content/templates.md, "Template variables"). {@link org.broadsheet.view.Views} makes the views of the site
 * and its articles, once each and shared by every page that shows them, and
 * {@link org.broadsheet.view.PageViews} those of pages; {@link org.broadsheet.view.PageModels}
 * puts together what each page's template receives. {@link org.broadsheet.view.ViewHash} hashes
 * such a model by walking it, which is what makes a page's fingerprint: a text too costly to
 * make for that (an article's body) is a {@link org.broadsheet.view.Deferred}, made when printed
 * and hashed by what it is made from.
 */
package org.broadsheet.view;
