package dev.pvedash.guests;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class GuestController {

	@GetMapping("/guests")
	String show() {
		return "guests/list";
	}

}
