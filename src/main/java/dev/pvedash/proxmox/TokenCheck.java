package dev.pvedash.proxmox;

import java.util.List;

/**
 * The token self-test's latest findings (docs/proxmox-notes.md, Privileges), e.g. "power
 * actions: missing VM.PowerMgmt on /vms/101", refreshed by the connection probe; empty
 * when all is well or nothing was checked yet.
 */
public interface TokenCheck {

	List<String> findings();

}
