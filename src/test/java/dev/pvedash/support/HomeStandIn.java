package dev.pvedash.support;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Stands for the overview at {@code /} in slices without the hosts module: a page in the real layout where
 * sign-in flows land. Only a slice that names it has it, as with every controller of a {@code @WebMvcTest}.
 */
@Controller
public class HomeStandIn {

	@GetMapping("/")
	String home() {
		return "test/home";
	}

}
