package dev.pvedash.hosts;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class OverviewController {

	@GetMapping("/")
	String show() {
		return "hosts/overview";
	}

}
