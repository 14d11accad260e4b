package dev.pvedash.users;

/** Who asks for an account change, and from where. */
record Actor(String username, String address, String sessionId) {

	static final Actor SYSTEM = new Actor("system", null, null);

}
