package dev.pvedash.users;

/**
 * A refused account change; the key names the message that explains it on the form, with
 * its arguments.
 */
class AccountException extends RuntimeException {

	private final String messageKey;

	private final Object[] args;

	AccountException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] args() {
		return this.args.clone();
	}

}
