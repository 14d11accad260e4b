package dev.pvedash.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Stands for the overview at {@code /} in slices without the hosts module: a page in the real layout where
 * sign-in flows land. Imported by the tests that need it; never scanned (test classes are not).
 */
@Controller
public class HomeStandIn {

	@GetMapping("/")
	String home() {
		return "test/home";
	}

}
