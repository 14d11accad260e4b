package dev.pvedash.snapshots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Run states and guest outcomes keep the words stored in H2 before they were typed, read
 * an unknown word as a failure, and each has its words and badge colour on the runs page.
 */
class RunStateWordsTests {

	static final Properties MESSAGES = messages();

	@ParameterizedTest
	@CsvSource({ "RUNNING, RUNNING, badge-info, running", "OK, OK, badge-ok, OK",
			"PARTIAL, PARTIAL, badge-warn, partly done", "FAILED, FAILED, badge-error, failed",
			"SOMETHING, FAILED, badge-error, failed", "ok, FAILED, badge-error, failed" })
	void runStatesReadFromTheirStoredWords(String stored, RunState state, String badge, String words) {
		assertThat(RunState.of(stored)).isEqualTo(state);
		assertThat(state.badge()).isEqualTo(badge);
		assertThat(MESSAGES.getProperty(state.messageKey())).isEqualTo(words);
	}

	@Test
	void aNullRunStateReadsAsFailed() {
		assertThat(RunState.of(null)).isEqualTo(RunState.FAILED);
	}

	@ParameterizedTest
	@EnumSource(RunState.class)
	void runStatesAreStoredByName(RunState state) {
		assertThat(RunState.of(state.name())).isEqualTo(state);
		assertThat(MESSAGES.getProperty(state.messageKey())).as(state.name()).isNotBlank();
	}

	@ParameterizedTest
	@CsvSource({ "OK, OK, badge-ok, OK", "FAILED, FAILED, badge-error, failed", "SKIPPED, SKIPPED, badge-warn, skipped",
			"SOMETHING, FAILED, badge-error, failed" })
	void guestOutcomesReadFromTheirStoredWords(String stored, GuestOutcome outcome, String badge, String words) {
		assertThat(GuestOutcome.of(stored)).isEqualTo(outcome);
		assertThat(outcome.badge()).isEqualTo(badge);
		assertThat(MESSAGES.getProperty(outcome.messageKey())).isEqualTo(words);
	}

	@Test
	void aGuestNotDoneHasNoOutcome() {
		assertThat(GuestOutcome.of(null)).isNull();
	}

	@ParameterizedTest
	@EnumSource(GuestOutcome.class)
	void guestOutcomesAreStoredByName(GuestOutcome outcome) {
		assertThat(GuestOutcome.of(outcome.name())).isEqualTo(outcome);
		assertThat(MESSAGES.getProperty(outcome.messageKey())).as(outcome.name()).isNotBlank();
	}

	/** A template's skip is meant to be: grey and "not applicable", not a warning. */
	@ParameterizedTest
	@CsvSource({ "OK, false, badge-ok, OK", "FAILED, false, badge-error, failed", "SKIPPED, false, badge-warn, skipped",
			"SKIPPED, true, badge-off, not applicable" })
	void aGuestShowsItsOutcome(GuestOutcome outcome, boolean intentional, String badge, String words) {
		ScheduledGuest guest = new ScheduledGuest(1, 1, 0, 101, "homeassistant", ScheduledGuest.WAITING, null, false,
				null, 0, null, null, List.of(), List.of())
			.done(outcome, intentional, null);
		assertThat(guest.badge()).isEqualTo(badge);
		assertThat(MESSAGES.getProperty(guest.messageKey())).isEqualTo(words);
	}

	private static Properties messages() {
		Properties properties = new Properties();
		try (InputStream in = RunStateWordsTests.class.getResourceAsStream("/messages.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return properties;
	}

}
