package dev.pvedash.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Guest ids a path must refuse with the one 400 of the typed {@code Vmid} (PVE's range
 * 100..999999999 in plain digits, docs/proxmox-notes.md, Ids), and what the answer says,
 * so every module's test checks the same thing.
 */
public final class MalformedIds {

	private MalformedIds() {
	}

	/** For {@code @MethodSource("dev.pvedash.support.MalformedIds#vmids")}. */
	public static Stream<String> vmids() {
		return Stream.of("abc", "99", "0101", "1000000000", "-101", "1e3");
	}

	public static String expected(MessageSource messages) {
		return messages.getMessage("guests.action.bad-vmid", null, Locale.ENGLISH);
	}

	/** The message of the full error page. */
	public static String pageMessage(MockMvcRequestBuilder request) throws Exception {
		return Jsoup.parse(badRequest(request).getResponse().getContentAsString())
			.select(".error-page hgroup p")
			.text();
	}

	/** htmx gets the alert fragment, retargeted into the layout's alert region. */
	public static String alertMessage(MockMvcRequestBuilder request) throws Exception {
		MvcTestResult result = badRequest(request.header("HX-Request", "true"));
		assertThat(result).headers().hasValue("HX-Retarget", "#alerts").hasValue("HX-Reswap", "afterbegin");
		return Jsoup.parse(result.getResponse().getContentAsString()).select(".alert-error span").text();
	}

	private static MvcTestResult badRequest(MockMvcRequestBuilder request) {
		MvcTestResult result = request.exchange();
		assertThat(result).hasStatus(400);
		return result;
	}

}
