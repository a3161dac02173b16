/**
 * The reply intake: {@code broadsheet replies serve}, a small HTTP endpoint that takes the reply
 * form's POST at the path of {@code comments.endpoint} ({@link org.broadsheet.intake.IntakeServer}),
 * refuses what it must with the reason ({@link org.broadsheet.intake.FormBody},
 * {@link org.broadsheet.intake.ReplyCheck}, {@link org.broadsheet.intake.RateLimiter}), and puts
 * every accepted reply into the moderation queue, answering a browser with a redirect to the
 * thank-you page and a script with JSON ({@link org.broadsheet.intake.Answers}).
 */
package org.broadsheet.intake;
