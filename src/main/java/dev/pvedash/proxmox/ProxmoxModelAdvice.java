package dev.pvedash.proxmox;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells every page whether it shows the simulator, so the layout can say "Demo" plainly. */
@ControllerAdvice
class ProxmoxModelAdvice {

	private final ProxmoxConnection connection;

	ProxmoxModelAdvice(ProxmoxConnection connection) {
		this.connection = connection;
	}

	@ModelAttribute("proxmoxDemo")
	boolean demo() {
		return this.connection.configured() && this.connection.demo();
	}

}
