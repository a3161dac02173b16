package org.broadsheet.intake;

/**
 * Why a request was refused: the HTTP status, the form field at fault (or null) and a sentence
 * for the reader. Nothing is written for a refused request.
 */
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String field;
    private final long retryAfterSeconds;

    Rejection(int status, String field, String message) {
        this(status, field, message, 0);
    }

    Rejection(int status, String field, String message, long retryAfterSeconds) {
        super(message, null, false, false); // an expected answer, not an error: no stack trace
        this.status = status;
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static Rejection badRequest(String field, String message) {
        return new Rejection(400, field, message);
    }

    int status() {
        return status;
    }

    /** The form field at fault, or null when the request as a whole was wrong. */
    String field() {
        return field;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
