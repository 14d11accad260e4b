package dev.pvedash.users;

/** A refused account change; the key names the message that explains it on the form. */
class AccountException extends RuntimeException {

	private final String messageKey;

	AccountException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}
