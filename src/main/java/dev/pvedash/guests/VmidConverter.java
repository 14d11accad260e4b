package dev.pvedash.guests;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.pvedash.system.UserFacingException;

/**
 * Binds {@code {vmid}} path variables to {@link Vmid}. The refusal carries its message
 * key, which the one error advice renders as a 400 with the same message on every page.
 */
@Component
class VmidConverter implements Converter<String, Vmid> {

	@Override
	public Vmid convert(String source) {
		return Vmid.parse(source)
			.orElseThrow(() -> new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-vmid"));
	}

}
