package dev.pvedash.guests;

/**
 * Why no action can be sent for a guest right now, as a message key with its one argument (the last error's
 * text, or the node's name), shown beside the disabled buttons and in the 503 of a refused POST.
 */
record ActionsClosed(String messageKey, String argument) {
}
