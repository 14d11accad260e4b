package dev.pvedash.backups;

import org.springframework.http.HttpStatus;

import dev.pvedash.system.UserFacingException;

/** A vmid from a URL: digits only, in PVE's range 100..999999999, so nothing odd reaches a query or PVE. */
final class GuestIds {

	private GuestIds() {
	}

	static int parse(String text) {
		if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')
				|| Integer.parseInt(text) < 100) {
			throw new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-vmid");
		}
		return Integer.parseInt(text);
	}

}
