/**
 * The comments stage: reads the approved replies under {@code comments/<article id>/}, checks
 * them ({@link org.broadsheet.comments.CommentLoader}), threads them under their article
 * ({@link org.broadsheet.comments.CommentThreads}) and renders their untrusted Markdown safely
 * ({@link org.broadsheet.comments.CommentMarkdown}). It also owns the reply file format shared
 * with moderation ({@link org.broadsheet.comments.ReplyFile}), the {@code comments:} settings of
 * {@code broadsheet.yml} ({@link org.broadsheet.comments.ReplySettings}), and the list of
 * articles that take replies, which each build leaves for the intake server
 * ({@link org.broadsheet.comments.ReplyTargets}).
 */
package org.broadsheet.comments;
