package dev.pvedash.system;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one htmx-aware error advice. Typed exceptions become their HTTP status with a
 * message from messages.properties; anything unexpected is logged with a reference the
 * page shows, so the owner can find it in the log without the page leaking what went
 * wrong.
 */
@ControllerAdvice
class WebErrorAdvice {

	private static final Logger log = LoggerFactory.getLogger(WebErrorAdvice.class);

	@ExceptionHandler(UserFacingException.class)
	ModelAndView userFacing(UserFacingException ex, HttpServletRequest request, HttpServletResponse response) {
		return ErrorRendering.render(request, response, ex.status(), ex.messageKey(), ex.messageArgs());
	}

	/**
	 * A path or query value of the wrong type ("/guests/abc", role=ROOT): the request is
	 * bad, not the server. A converter that refuses with a {@link UserFacingException} (a
	 * malformed guest id) says why.
	 */
	@ExceptionHandler(TypeMismatchException.class)
	ModelAndView typeMismatch(TypeMismatchException ex, HttpServletRequest request, HttpServletResponse response) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof UserFacingException refused) {
				return userFacing(refused, request, response);
			}
		}
		return ErrorRendering.render(request, response, HttpStatus.BAD_REQUEST, null);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void security(RuntimeException ex) {
		throw ex; // Spring Security's filters answer these (login redirect or 403)
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof ErrorResponse known) { // Spring MVC's own: bad parameter, wrong
													// method, no resource
			return ErrorRendering.render(request, response, known.getStatusCode(), null);
		}
		String reference = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unhandled error on {} {} (reference {})", request.getMethod(), request.getRequestURI(), reference,
				ex);
		ModelAndView view = ErrorRendering.render(request, response, HttpStatus.INTERNAL_SERVER_ERROR, null);
		view.addObject("reference", reference);
		return view;
	}

}
