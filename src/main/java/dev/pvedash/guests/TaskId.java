package dev.pvedash.guests;

import java.util.Optional;

/**
 * The id of one of the dashboard's own actions in {@code /tasks/{id}} (the
 * {@code guest_action} row), bound like {@link Vmid}: {@link TaskIdConverter} accepts
 * plain digits that fit a {@code long}, else one 400.
 */
record TaskId(long value) {

	private static final int MAX_DIGITS = 18;

	static Optional<TaskId> parse(String text) {
		if (text == null || text.isEmpty() || text.length() > MAX_DIGITS
				|| !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		return Optional.of(new TaskId(Long.parseLong(text)));
	}

}
