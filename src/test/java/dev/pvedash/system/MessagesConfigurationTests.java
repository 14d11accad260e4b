package dev.pvedash.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.MessageSource;

/**
 * The app's messages read as Boot's message source reads them; only the formatting of
 * messages with arguments no longer shares one MessageFormat between threads.
 */
class MessagesConfigurationTests {

	MessageSource messages = new MessagesConfiguration().messageSource("messages");

	@Test
	void messagesWithAndWithoutArguments() {
		assertThat(this.messages.getMessage("guests.cpu", new Object[] { "5 %", 2 }, Locale.ENGLISH))
			.isEqualTo("5 % of 2 vCPU");
		assertThat(this.messages.getMessage("guests.title", null, Locale.ENGLISH)).isEqualTo("Guests");
		assertThat(this.messages.getMessage("guests.page.shown", new Object[] { 1, 50, 1200, 1, 24 }, Locale.ENGLISH))
			.isEqualTo("1–50 of 1,200 guests · page 1 of 24");
	}

	@Test
	void eachFormattingGetsItsOwnMessageFormat() {
		MessagesConfiguration.UnsharedFormats source = new MessagesConfiguration.UnsharedFormats();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		assertThat(source.resolveCode("guests.cpu", Locale.ENGLISH))
			.isNotSameAs(source.resolveCode("guests.cpu", Locale.ENGLISH))
			.isNotNull();
		assertThat(source.resolveCode("no.such.message", Locale.ENGLISH)).isNull();
	}

}
