-- The config summary's disks, nics and pci_devices hold values now (one item per line, its values separated by
-- tabs) instead of text formatted for the page. Summaries stored the old way are dropped and read again: the
-- guest page says "not read yet" until the poller has re-read them (config_due, docs/polling.md).
update poll_guest set disks = null, nics = null, pci_devices = null, config_as_of = null, config_due = true;
