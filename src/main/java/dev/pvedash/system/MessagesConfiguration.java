package dev.pvedash.system;

import java.text.MessageFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.StringUtils;

/**
 * messages.properties as Spring Boot would configure it
 * ({@code spring.messages.basename}, UTF-8), except that a message with arguments is
 * formatted on a copy of its cached {@link MessageFormat}. The message source formats the
 * one shared instance under a lock, and a page that formats a message per table row made
 * every request thread queue on it (docs/benchmarks.md, "Pages under load").
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename:messages}") String basename) {
		ResourceBundleMessageSource source = new UnsharedFormats();
		source.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basename)));
		source.setDefaultEncoding("UTF-8");
		return source;
	}

	static class UnsharedFormats extends ResourceBundleMessageSource {

		@Override
		protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
			MessageFormat shared = super.resolveCode(code, locale);
			return (shared != null) ? (MessageFormat) shared.clone() : null;
		}

	}

}
