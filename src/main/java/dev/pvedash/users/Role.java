package dev.pvedash.users;

/**
 * Each role includes the rights of the ones before it (see the role hierarchy in
 * SecurityConfiguration).
 */
public enum Role {

	/** Reads every page; sees its own audit entries. */
	VIEWER,
	/** Also powers guests on and off and manages snapshots. */
	OPERATOR,
	/** Also manages accounts and settings and reads everyone's audit entries. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
