package dev.pvedash.system;

import org.springframework.http.HttpStatus;

/**
 * An error the user can act on: a status and the key of a message in messages.properties
 * that says what happened and what to do. Features throw it (or a subclass) instead of
 * building error responses.
 */
public class UserFacingException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final Object[] messageArgs;

	/**
	 * {@code messageArgs} fill the message's {0}, {1} …; they are escaped like any text
	 * on the page.
	 */
	public UserFacingException(HttpStatus status, String messageKey, Object... messageArgs) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.messageArgs = messageArgs.clone();
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] messageArgs() {
		return this.messageArgs.clone();
	}

}
