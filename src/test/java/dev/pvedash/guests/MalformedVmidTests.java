package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.pvedash.support.PveDashWebMvcTest;
import dev.pvedash.support.WithOperator;

/**
 * A malformed guest id is one 400 with one message, whichever module's controller the path belongs to, as a
 * full page and as an htmx alert; the request never reaches a handler, so nothing reaches PVE.
 */
@PveDashWebMvcTest
@WithOperator
class MalformedVmidTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@ParameterizedTest
	@ValueSource(strings = { "abc", "99", "0101", "1000000000", "-101", "1e3" })
	void pagesOfGuestsSnapshotsAndBackupsAnswerTheSame(String vmid) throws Exception {
		String expected = this.messages.getMessage("guests.action.bad-vmid", null, Locale.ENGLISH);
		assertThat(pageMessage(this.mvc.get().uri("/guests/{vmid}", vmid))).isEqualTo(expected);
		assertThat(pageMessage(this.mvc.post().uri("/guests/{vmid}/start", vmid).with(csrf()))).isEqualTo(expected);
		assertThat(pageMessage(this.mvc.post().uri("/guests/{vmid}/snapshots", vmid).param("name", "s1").with(csrf())))
			.isEqualTo(expected);
		assertThat(alertMessage(this.mvc.post().uri("/guests/{vmid}/backup", vmid).param("storage", "local")
			.with(csrf()))).isEqualTo(expected);
		assertThat(alertMessage(this.mvc.get().uri("/guests/{vmid}/stop/confirm", vmid))).isEqualTo(expected);
	}

	private String pageMessage(MockMvcRequestBuilder request) throws Exception {
		Document page = Jsoup.parse(badRequest(request).getResponse().getContentAsString());
		return page.select(".error-page hgroup p").text();
	}

	/** htmx gets the alert fragment, retargeted into the layout's alert region. */
	private String alertMessage(MockMvcRequestBuilder request) throws Exception {
		MvcTestResult result = badRequest(request.header("HX-Request", "true"));
		assertThat(result).headers().hasValue("HX-Retarget", "#alerts").hasValue("HX-Reswap", "afterbegin");
		return Jsoup.parse(result.getResponse().getContentAsString()).select(".alert-error span").text();
	}

	private MvcTestResult badRequest(MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(400);
		return result;
	}

}
