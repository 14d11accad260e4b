package dev.pvedash.proxmox;

/** How rrddata consolidates samples into one point (docs/proxmox-notes.md, Reads). */
public enum RrdCf {

	AVERAGE, MAX

}
