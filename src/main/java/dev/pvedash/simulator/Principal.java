package dev.pvedash.simulator;

import org.jspecify.annotations.Nullable;

/** Who is calling: a user ({@code root@pam} by ticket) or an API token of a user. */
record Principal(String userid, @Nullable String tokenName) {

	/**
	 * The task owner as it appears in a UPID: {@code user@realm} or
	 * {@code user@realm!token}.
	 */
	String owner() {
		return (this.tokenName != null) ? this.userid + "!" + this.tokenName : this.userid;
	}

	boolean token() {
		return this.tokenName != null;
	}

	/** Only root@pam (not its tokens) may pass {@code skiplock}. */
	boolean root() {
		return "root@pam".equals(this.userid) && this.tokenName == null;
	}

}
