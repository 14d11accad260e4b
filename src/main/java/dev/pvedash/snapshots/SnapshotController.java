package dev.pvedash.snapshots;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SnapshotController {

	@GetMapping("/snapshots")
	String show() {
		return "snapshots/list";
	}

}
