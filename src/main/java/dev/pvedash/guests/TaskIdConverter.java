package dev.pvedash.guests;

import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.pvedash.system.UserFacingException;

/**
 * Binds {@code /tasks/{id}} to {@link TaskId}; a refusal is rendered by the one error
 * advice as a 400.
 */
@Component
class TaskIdConverter implements Converter<String, TaskId> {

	@Override
	public TaskId convert(String source) {
		return TaskId.parse(source)
			.orElseThrow(() -> new UserFacingException(HttpStatus.BAD_REQUEST, "guests.action.bad-task"));
	}

}
