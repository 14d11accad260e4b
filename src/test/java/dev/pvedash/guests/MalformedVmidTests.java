package dev.pvedash.guests;

import static dev.pvedash.support.MalformedIds.alertMessage;
import static dev.pvedash.support.MalformedIds.expected;
import static dev.pvedash.support.MalformedIds.pageMessage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.pvedash.support.WithOperator;

/**
 * A malformed guest id is one 400 with one message on the guest page and its actions, as
 * a full page and as an htmx alert; the request never reaches a handler, so nothing
 * reaches PVE. The snapshot and backup paths check the same in their own slices
 * (SnapshotActionWebTests, BackupActionsTests).
 */
@GuestActionSlice
@WithOperator
class MalformedVmidTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@MethodSource("dev.pvedash.support.MalformedIds#vmids")
	void guestPageAndActionsAnswerTheSame(String vmid) throws Exception {
		String expected = expected(this.messages);
		assertThat(pageMessage(this.mvc.get().uri("/guests/{vmid}", vmid))).isEqualTo(expected);
		assertThat(pageMessage(this.mvc.post().uri("/guests/{vmid}/start", vmid).with(csrf()))).isEqualTo(expected);
		assertThat(alertMessage(this.mvc.get().uri("/guests/{vmid}/stop/confirm", vmid))).isEqualTo(expected);
	}

}
