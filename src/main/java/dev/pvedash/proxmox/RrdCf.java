package dev.pvedash.proxmox;

/** How rrddata consolidates samples into one point (§6.12). */
public enum RrdCf {

	AVERAGE, MAX

}
