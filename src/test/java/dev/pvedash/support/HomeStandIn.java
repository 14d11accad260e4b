package dev.pvedash.support;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Stands for the overview at {@code /} in slices without the hosts module: a page in the
 * real layout where sign-in flows land. A test component, so no scan picks it up (a full
 * application has the real overview): slices {@code @Import} it.
 */
@TestComponent
@Controller
public class HomeStandIn {

	@GetMapping("/")
	String home() {
		return "test/home";
	}

}
