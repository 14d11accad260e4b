package dev.pvedash.system;

import org.springframework.http.HttpStatus;

/**
 * An error the user can act on: a status and the key of a message in messages.properties that says what
 * happened and what to do. Features throw it (or a subclass) instead of building error responses.
 */
public class UserFacingException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	public UserFacingException(HttpStatus status, String messageKey) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
