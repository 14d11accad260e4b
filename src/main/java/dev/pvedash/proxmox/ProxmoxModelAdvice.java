package dev.pvedash.proxmox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether it shows the simulator, so the layout can say "Demo" plainly. The connection
 * is optional so web slices without the Proxmox module still render.
 */
@ControllerAdvice
class ProxmoxModelAdvice {

	private final ObjectProvider<ProxmoxConnection> connection;

	ProxmoxModelAdvice(ObjectProvider<ProxmoxConnection> connection) {
		this.connection = connection;
	}

	@ModelAttribute("proxmoxDemo")
	boolean demo() {
		ProxmoxConnection current = this.connection.getIfAvailable();
		return current != null && current.configured() && current.demo();
	}

}
