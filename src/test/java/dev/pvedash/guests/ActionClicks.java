package dev.pvedash.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.jsoup.Jsoup;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * An operator's click on an action button as htmx sends it, and the task line the page
 * answers with (docs/actions.md, "The guest page").
 */
final class ActionClicks {

	private ActionClicks() {
	}

	static MvcTestResult click(MockMvcTester mvc, int vmid, String action) {
		return mvc.post()
			.uri("/guests/{vmid}/{action}", vmid, action)
			.header("HX-Request", "true")
			.with(csrf())
			.with(user("alice").roles("OPERATOR"))
			.exchange();
	}

	/** The task line's htmx poll, as a viewer's open page sends it. */
	static MvcTestResult poll(MockMvcTester mvc, String taskId) {
		return mvc.get()
			.uri("/tasks/{id}", taskId)
			.header("HX-Request", "true")
			.with(user("v").roles("VIEWER"))
			.exchange();
	}

	/** The task line's element id, {@code task-<action id>}; the answer must be 200. */
	static String taskElement(MvcTestResult answer) {
		String html = assertThat(answer).hasStatusOk().bodyText().actual();
		return Jsoup.parse(html).select("div.task").attr("id");
	}

	/** The action id the task line follows. */
	static long actionId(MvcTestResult answer) {
		return Long.parseLong(taskElement(answer).substring("task-".length()));
	}

}
